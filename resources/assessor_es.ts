<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Assessor</source>
        <translation>Acerca de Assessor</translation>
    </message>
    <message>
        <source>Assessor icon</source>
        <translation>Icono de Assessor</translation>
    </message>
    <message>
        <source>Assessor {version}</source>
        <translation>Assessor {version}</translation>
    </message>
    <message>
        <source>Where you stand in AI cybersecurity, and how to get where you want to go.

Everything stays on this computer: Assessor never uses the network and keeps only what you type, in your own data folder.

Results are for exploration and conversation, not for screening or hiring.</source>
        <translation>Dónde se sitúa en ciberseguridad de la IA y cómo llegar adonde quiere ir.

Todo se queda en este equipo: Assessor nunca usa la red y solo guarda lo que usted escribe, en su propia carpeta de datos.

Los resultados sirven para explorar y conversar, no para filtrar candidatos ni contratar.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Assessor cannot start</source>
        <translation>Assessor no puede iniciarse</translation>
    </message>
</context>
<context>
    <name>BooleanWidget</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>CalibrationView</name>
    <message>
        <source>Chart: self-rating against knowledge checks</source>
        <translation>Gráfico: autoevaluación frente a pruebas de conocimientos</translation>
    </message>
    <message>
        <source>Self-rating against knowledge checks</source>
        <translation>Autoevaluación frente a pruebas de conocimientos</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensión</translation>
    </message>
    <message>
        <source>Self-rating</source>
        <translation>Autoevaluación</translation>
    </message>
    <message>
        <source>Knowledge checks</source>
        <translation>Pruebas de conocimientos</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Interpretación</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>This chart cannot be shown: {0}</source>
        <translation>Este gráfico no se puede mostrar: {0}</translation>
    </message>
</context>
<context>
    <name>ClientResultsView</name>
    <message>
        <source>The client&apos;s results</source>
        <translation>Resultados del cliente</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Best-fitting role</source>
        <translation>Perfil que mejor encaja</translation>
    </message>
    <message>
        <source>Chart: the client&apos;s dimensions over time</source>
        <translation>Gráfico: las dimensiones del cliente a lo largo del tiempo</translation>
    </message>
    <message>
        <source>No results yet. Take a questionnaire from the start page while this client is selected, or import their result file.</source>
        <translation>Aún no hay resultados. Realice un cuestionario desde la página de inicio con este cliente seleccionado, o importe su archivo de resultados.</translation>
    </message>
    <message>
        <source>&amp;Open result</source>
        <translation>&amp;Abrir resultado</translation>
    </message>
    <message>
        <source>Open the selected result</source>
        <translation>Abrir el resultado seleccionado</translation>
    </message>
    <message>
        <source>&amp;Present full screen</source>
        <translation>&amp;Presentar a pantalla completa</translation>
    </message>
    <message>
        <source>Present the selected result full screen, without private notes</source>
        <translation>Presentar el resultado seleccionado a pantalla completa, sin las notas privadas</translation>
    </message>
    <message>
        <source>Include session &amp;notes</source>
        <translation>Incluir las &amp;notas de sesión</translation>
    </message>
    <message>
        <source>Notes are private; include them only in a report meant for you.</source>
        <translation>Las notas son privadas; inclúyalas solo en un informe destinado a usted.</translation>
    </message>
    <message>
        <source>E&amp;xport history PDF…</source>
        <translation>E&amp;xportar historial en PDF…</translation>
    </message>
    <message>
        <source>Export the client&apos;s history as a PDF</source>
        <translation>Exportar el historial del cliente en PDF</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exportar historial</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>Informe PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>The history could not be written to {0}: {1}</source>
        <translation>No se pudo escribir el historial en {0}: {1}</translation>
    </message>
    <message>
        <source>History exported</source>
        <translation>Historial exportado</translation>
    </message>
    <message>
        <source>The history was saved to {0}.</source>
        <translation>El historial se guardó en {0}.</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Start &amp;page</source>
        <translation>&amp;Página de inicio</translation>
    </message>
    <message>
        <source>Back to the start page</source>
        <translation>Volver a la página de inicio</translation>
    </message>
    <message>
        <source>The selected client is the one you are working with: assessments taken now, history, notes and plans belong to them. Use pseudonyms; everything stays on this computer.</source>
        <translation>El cliente seleccionado es aquel con quien está trabajando: las evaluaciones que se realicen ahora, el historial, las notas y los planes le pertenecen. Use seudónimos; todo se queda en este equipo.</translation>
    </message>
    <message>
        <source>Client views</source>
        <translation>Vistas del cliente</translation>
    </message>
    <message>
        <source>&amp;Results over time</source>
        <translation>&amp;Resultados a lo largo del tiempo</translation>
    </message>
    <message>
        <source>&amp;Compare two results</source>
        <translation>&amp;Comparar dos resultados</translation>
    </message>
    <message>
        <source>&amp;What-if plan</source>
        <translation>Plan &amp;hipotético</translation>
    </message>
    <message>
        <source>Session &amp;notes</source>
        <translation>&amp;Notas de sesión</translation>
    </message>
    <message>
        <source>Ne&amp;w client</source>
        <translation>N&amp;uevo cliente</translation>
    </message>
    <message>
        <source>Add a new client</source>
        <translation>Añadir un cliente nuevo</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Delete the selected client</source>
        <translation>Eliminar el cliente seleccionado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Seudónimo</translation>
    </message>
    <message>
        <source>Ps&amp;eudonym:</source>
        <translation>S&amp;eudónimo:</translation>
    </message>
    <message>
        <source>Contact note (private)</source>
        <translation>Nota de contacto (privada)</translation>
    </message>
    <message>
        <source>How to reach them (optional)</source>
        <translation>Cómo contactar con esta persona (opcional)</translation>
    </message>
    <message>
        <source>Contact note:</source>
        <translation>Nota de contacto:</translation>
    </message>
    <message>
        <source>Private: never shown in presentation mode or reports.</source>
        <translation>Privada: nunca se muestra en el modo presentación ni en los informes.</translation>
    </message>
    <message>
        <source>&amp;Save details</source>
        <translation>&amp;Guardar datos</translation>
    </message>
    <message>
        <source>Save the client&apos;s pseudonym and note</source>
        <translation>Guardar el seudónimo y la nota del cliente</translation>
    </message>
    <message numerus="yes">
        <source>{0}
%n result(s)</source>
        <translation>
            <numerusform>{0}
%n resultado</numerusform>
            <numerusform>{0}
%n resultados</numerusform>
        </translation>
    </message>
    <message>
        <source>Client {0}</source>
        <translation>Cliente {0}</translation>
    </message>
    <message>
        <source>Could not add the client</source>
        <translation>No se pudo añadir el cliente</translation>
    </message>
    <message>
        <source>Could not save the client&apos;s details</source>
        <translation>No se pudieron guardar los datos del cliente</translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation>Eliminar cliente</translation>
    </message>
    <message>
        <source>Delete {0} with all their results, session notes and plans? This cannot be undone.</source>
        <translation>¿Eliminar a {0} con todos sus resultados, notas de sesión y planes? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Could not delete the client</source>
        <translation>No se pudo eliminar el cliente</translation>
    </message>
</context>
<context>
    <name>ClusterList</name>
    <message>
        <source>Role clusters and how well you fit them</source>
        <translation>Grupos de perfiles y su grado de encaje</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Encaje</translation>
    </message>
    <message>
        <source>Ready?</source>
        <translation>¿Preparado?</translation>
    </message>
    <message>
        <source>Gaps to close</source>
        <translation>Carencias por cubrir</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>✔ Ready</source>
        <translation>✔ Preparado</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
</context>
<context>
    <name>CohortDashboardView</name>
    <message>
        <source>Cohort summary</source>
        <translation>Resumen de la cohorte</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>People per level</source>
        <translation>Personas por nivel</translation>
    </message>
    <message>
        <source>Chart: levels</source>
        <translation>Gráfico: niveles</translation>
    </message>
    <message>
        <source>Role cluster</source>
        <translation>Grupo de perfiles</translation>
    </message>
    <message>
        <source>Best fit for</source>
        <translation>Mejor encaje para</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Preparados</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>No preparados</translation>
    </message>
    <message>
        <source>Mean fit</source>
        <translation>Encaje medio</translation>
    </message>
    <message>
        <source>Readiness per cluster</source>
        <translation>Preparación por grupo</translation>
    </message>
    <message>
        <source>Chart: best-fitting role clusters</source>
        <translation>Gráfico: grupos de perfiles que mejor encajan</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>People whose path includes it</source>
        <translation>Personas cuyo itinerario lo incluye</translation>
    </message>
    <message>
        <source>Shortfall removed</source>
        <translation>Carencia eliminada</translation>
    </message>
    <message>
        <source>Milestones that would lift the most people</source>
        <translation>Hitos que harían avanzar a más personas</translation>
    </message>
    <message>
        <source>Chart: milestones that would lift the most people</source>
        <translation>Gráfico: hitos que harían avanzar a más personas</translation>
    </message>
    <message>
        <source>Chart: gaps to target per person and dimension</source>
        <translation>Gráfico: distancia al objetivo por persona y dimensión</translation>
    </message>
    <message>
        <source>&amp;Levels</source>
        <translation>&amp;Niveles</translation>
    </message>
    <message>
        <source>Role &amp;clusters</source>
        <translation>&amp;Grupos de perfiles</translation>
    </message>
    <message>
        <source>&amp;Milestones</source>
        <translation>&amp;Hitos</translation>
    </message>
    <message>
        <source>&amp;Gaps heatmap</source>
        <translation>&amp;Mapa de calor de carencias</translation>
    </message>
    <message>
        <source>No results yet. Import result files (or drop a folder of them here) to see the cohort.</source>
        <translation>Aún no hay resultados. Importe archivos de resultados (o suelte aquí una carpeta con ellos) para ver la cohorte.</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Questionnaire version</source>
        <translation>Versión del cuestionario</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>Completed on or after</source>
        <translation>Realizado en esa fecha o después</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Completed on or before</source>
        <translation>Realizado en esa fecha o antes</translation>
    </message>
    <message>
        <source>Gaps and paths measured against</source>
        <translation>Carencias e itinerarios medidos respecto a</translation>
    </message>
    <message>
        <source>Smallest group shown</source>
        <translation>Grupo más pequeño que se muestra</translation>
    </message>
    <message>
        <source>Counts of fewer people than this are hidden, so no one can be singled out.</source>
        <translation>Los recuentos de menos personas se ocultan, para que nadie pueda ser identificado.</translation>
    </message>
    <message>
        <source>&amp;Questionnaire:</source>
        <translation>&amp;Cuestionario:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versión:</translation>
    </message>
    <message>
        <source>Gaps and paths &amp;against:</source>
        <translation>Carencias e itinerarios &amp;respecto a:</translation>
    </message>
    <message>
        <source>&amp;Smallest group shown:</source>
        <translation>Grupo más &amp;pequeño mostrado:</translation>
    </message>
    <message>
        <source>All versions</source>
        <translation>Todas las versiones</translation>
    </message>
    <message>
        <source>each person&apos;s best-fitting cluster</source>
        <translation>el grupo que mejor encaja a cada persona</translation>
    </message>
    <message>
        <source>{0} people match the filter ({1} re-scored against their questionnaire, {2} checked by integrity hash only).</source>
        <translation>{0} personas cumplen el filtro ({1} recalculadas con su cuestionario, {2} comprobadas solo por el hash de integridad).</translation>
    </message>
    <message>
        <source>Groups of fewer than {0} people are shown as “&lt;{0}” (or “≥{0}” where a hidden count could otherwise be worked out), so no one is singled out.</source>
        <translation>Los grupos de menos de {0} personas se muestran como «&lt;{0}» (o «≥{0}» cuando, si no, podría deducirse un recuento oculto), para que nadie sea identificado.</translation>
    </message>
    <message>
        <source>The gaps heatmap is hidden: fewer than {0} people.</source>
        <translation>El mapa de calor de carencias está oculto: hay menos de {0} personas.</translation>
    </message>
    <message>
        <source>Hidden: showing this count could single someone out.</source>
        <translation>Oculto: mostrar este recuento podría identificar a alguien.</translation>
    </message>
    <message>
        <source>hidden ({0})</source>
        <translation>oculto ({0})</translation>
    </message>
</context>
<context>
    <name>CohortPage</name>
    <message>
        <source>Cohort results</source>
        <translation>Resultados de la cohorte</translation>
    </message>
    <message>
        <source>&amp;Import results…</source>
        <translation>&amp;Importar resultados…</translation>
    </message>
    <message>
        <source>Import result files</source>
        <translation>Importar archivos de resultados</translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation>Importar una &amp;carpeta…</translation>
    </message>
    <message>
        <source>Import a folder of result files</source>
        <translation>Importar una carpeta de archivos de resultados</translation>
    </message>
    <message>
        <source>&amp;Save summary…</source>
        <translation>&amp;Guardar resumen…</translation>
    </message>
    <message>
        <source>Save a summary as CSV, HTML or PDF</source>
        <translation>Guardar un resumen en CSV, HTML o PDF</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Vaciar</translation>
    </message>
    <message>
        <source>Forget the imported results</source>
        <translation>Olvidar los resultados importados</translation>
    </message>
    <message>
        <source>Start &amp;page</source>
        <translation>&amp;Página de inicio</translation>
    </message>
    <message>
        <source>Back to the start page</source>
        <translation>Volver a la página de inicio</translation>
    </message>
    <message>
        <source>Drop a folder of result files (or .json files) here, or import them. Each file is checked; results of a questionnaire you have are re-scored. Nothing is stored: the cohort lives until you clear it or close the app.</source>
        <translation>Suelte aquí una carpeta de archivos de resultados (o archivos .json), o impórtelos. Se comprueba cada archivo; los resultados de un cuestionario que usted tenga se recalculan. No se guarda nada: la cohorte existe hasta que la vacíe o cierre la aplicación.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>%v of %m files checked</source>
        <translation>%v de %m archivos comprobados</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancelar importación</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>Item &amp;analysis</source>
        <translation>&amp;Análisis de ítems</translation>
    </message>
    <message>
        <source>Files imported: accepted and refused</source>
        <translation>Archivos importados: aceptados y rechazados</translation>
    </message>
    <message>
        <source>What was accepted and refused, file by file, appears here after an import.</source>
        <translation>Lo aceptado y lo rechazado, archivo por archivo, aparece aquí tras una importación.</translation>
    </message>
    <message>
        <source>Result files (*.json)</source>
        <translation>Archivos de resultados (*.json)</translation>
    </message>
    <message>
        <source>Import running</source>
        <translation>Importación en curso</translation>
    </message>
    <message>
        <source>An import is still running; wait for it to finish or cancel it.</source>
        <translation>Todavía hay una importación en curso; espere a que termine o cancélela.</translation>
    </message>
    <message>
        <source>Checking result files…</source>
        <translation>Comprobando archivos de resultados…</translation>
    </message>
    <message>
        <source>{0} accepted ({1} re-scored, {2} checked by integrity hash only), {3} refused, {4} duplicate(s) counted once.</source>
        <translation>{0} aceptados ({1} recalculados, {2} comprobados solo por el hash de integridad), {3} rechazados, {4} duplicado(s) contado(s) una vez.</translation>
    </message>
    <message>
        <source>Import cancelled after {0} file(s). </source>
        <translation>Importación cancelada tras {0} archivo(s). </translation>
    </message>
    <message>
        <source>No result files (.json) were found there.</source>
        <translation>No se encontraron archivos de resultados (.json) ahí.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Save cohort summary</source>
        <translation>Guardar resumen de la cohorte</translation>
    </message>
    <message>
        <source>HTML (*.html);;PDF (*.pdf);;CSV (*.csv)</source>
        <translation>HTML (*.html);;PDF (*.pdf);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <source>Choose a file name ending in .csv, .html or .pdf.</source>
        <translation>Elija un nombre de archivo que termine en .csv, .html o .pdf.</translation>
    </message>
    <message>
        <source>The summary could not be saved</source>
        <translation>No se pudo guardar el resumen</translation>
    </message>
    <message>
        <source>Summary saved</source>
        <translation>Resumen guardado</translation>
    </message>
    <message>
        <source>The summary was saved to {0}.</source>
        <translation>El resumen se guardó en {0}.</translation>
    </message>
    <message>
        <source>Clear the cohort</source>
        <translation>Vaciar la cohorte</translation>
    </message>
    <message>
        <source>Forget every imported result? The result files themselves are not touched.</source>
        <translation>¿Olvidar todos los resultados importados? Los archivos de resultados no se modifican.</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Earlier result</source>
        <translation>Resultado anterior</translation>
    </message>
    <message>
        <source>Later result</source>
        <translation>Resultado posterior</translation>
    </message>
    <message>
        <source>Role whose path is checked</source>
        <translation>Perfil cuyo itinerario se comprueba</translation>
    </message>
    <message>
        <source>&amp;Earlier result:</source>
        <translation>Resultado &amp;anterior:</translation>
    </message>
    <message>
        <source>&amp;Later result:</source>
        <translation>Resultado &amp;posterior:</translation>
    </message>
    <message>
        <source>Path to &amp;role:</source>
        <translation>Itinerario hacia el &amp;perfil:</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensión</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Posterior</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>What moved</source>
        <translation>Qué ha cambiado</translation>
    </message>
    <message>
        <source>Rule: a step counts as reached when every dimension it raises is now at least where the earlier path projected it after that step. Scores are self-assessed, so read this as a conversation starter, not proof.</source>
        <translation>Regla: un paso cuenta como alcanzado cuando cada dimensión que eleva está ahora al menos donde el itinerario anterior la proyectaba tras ese paso. Las puntuaciones son autoevaluadas: tómelo como punto de partida para conversar, no como prueba.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Reached?</source>
        <translation>¿Alcanzado?</translation>
    </message>
    <message>
        <source>Still to go</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Steps of the earlier path</source>
        <translation>Pasos del itinerario anterior</translation>
    </message>
    <message>
        <source>Choose two different results to compare.</source>
        <translation>Elija dos resultados distintos para compararlos.</translation>
    </message>
    <message>
        <source>A comparison needs at least two results.</source>
        <translation>Una comparación necesita al menos dos resultados.</translation>
    </message>
    <message>
        <source>From {0} to {1}</source>
        <translation>De {0} a {1}</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambió</translation>
    </message>
    <message>
        <source>same</source>
        <translation>igual</translation>
    </message>
    <message>
        <source>Fit to {0}</source>
        <translation>Encaje con {0}</translation>
    </message>
    <message>
        <source>The earlier result holds no path to {0}.</source>
        <translation>El resultado anterior no contiene ningún itinerario hacia {0}.</translation>
    </message>
    <message>
        <source>The earlier result already met every target of {0}.</source>
        <translation>El resultado anterior ya cumplía todos los objetivos de {0}.</translation>
    </message>
    <message>
        <source>Earlier path to {0}: {1} of {2} step(s) reached</source>
        <translation>Itinerario anterior hacia {0}: {1} de {2} paso(s) alcanzado(s)</translation>
    </message>
    <message>
        <source>✔ reached</source>
        <translation>✔ alcanzado</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
</context>
<context>
    <name>DistractorTable</name>
    <message>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Chosen by</source>
        <translation>Elegida por</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Point-biserial r</source>
        <translation>r punto-biserial</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Options of the selected knowledge check</source>
        <translation>Opciones de la prueba de conocimientos seleccionada</translation>
    </message>
    <message>
        <source>Select a knowledge check above to see how often each of its options was chosen.</source>
        <translation>Seleccione arriba una prueba de conocimientos para ver con qué frecuencia se eligió cada opción.</translation>
    </message>
    <message>
        <source>Options of {0} ({1}), point-biserial r against the rest of {2}:</source>
        <translation>Opciones de {0} ({1}), r punto-biserial frente al resto de {2}:</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clave</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <source>distractor</source>
        <translation>distractor</translation>
    </message>
    <message>
        <source>almost nobody chooses it</source>
        <translation>casi nadie la elige</translation>
    </message>
    <message>
        <source>strong respondents prefer it to the key</source>
        <translation>quienes puntúan alto la prefieren a la clave</translation>
    </message>
    <message>
        <source>key with a negative point-biserial (may be mis-keyed)</source>
        <translation>clave con punto-biserial negativo (puede estar mal codificada)</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Your results over time</source>
        <translation>Sus resultados a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Start &amp;page</source>
        <translation>&amp;Página de inicio</translation>
    </message>
    <message>
        <source>Back to the start page</source>
        <translation>Volver a la página de inicio</translation>
    </message>
    <message>
        <source>Select two results to compare them side by side; open one to see it in full.</source>
        <translation>Seleccione dos resultados para compararlos uno junto a otro; abra uno para verlo completo.</translation>
    </message>
    <message>
        <source>Past results</source>
        <translation>Resultados anteriores</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Best-fitting role</source>
        <translation>Perfil que mejor encaja</translation>
    </message>
    <message>
        <source>&amp;Open selected result</source>
        <translation>&amp;Abrir el resultado seleccionado</translation>
    </message>
    <message>
        <source>Open the selected result</source>
        <translation>Abrir el resultado seleccionado</translation>
    </message>
    <message>
        <source>Chart: your dimensions over time</source>
        <translation>Gráfico: sus dimensiones a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Comparison of two results</source>
        <translation>Comparación de dos resultados</translation>
    </message>
    <message>
        <source>Results of {name} over time</source>
        <translation>Resultados de {name} a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Select two results to compare them.</source>
        <translation>Seleccione dos resultados para compararlos.</translation>
    </message>
    <message>
        <source>Comparing {0} with {1}</source>
        <translation>Comparación de {0} con {1}</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
</context>
<context>
    <name>ItemAnalysisView</name>
    <message>
        <source>&amp;Questionnaire:</source>
        <translation>&amp;Cuestionario:</translation>
    </message>
    <message>
        <source>Questionnaire to analyse</source>
        <translation>Cuestionario que se analiza</translation>
    </message>
    <message>
        <source>Show &amp;flagged items only</source>
        <translation>Mostrar solo los ítems con &amp;alertas</translation>
    </message>
    <message>
        <source>Cronbach&apos;s alpha per dimension</source>
        <translation>Alfa de Cronbach por dimensión</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensión</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Ítem</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Dificultad</translation>
    </message>
    <message>
        <source>Item-rest r</source>
        <translation>r ítem-resto</translation>
    </message>
    <message>
        <source>Alpha if dropped</source>
        <translation>Alfa si se elimina</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Item statistics</source>
        <translation>Estadísticas de los ítems</translation>
    </message>
    <message>
        <source>Alpha and item-rest r use the people who saw and answered every item of the dimension; difficulty is the mean share of an item&apos;s points. A negative item-rest r suggests a mis-keyed item; difficulty of at least 0.95 or at most 0.05 tells people apart poorly. An option&apos;s point-biserial r is its correlation with the person&apos;s percent on the rest of the dimension (without this item). Dimensions with fewer people than the smallest group shown get no statistics, and counts below it are hidden.</source>
        <translation>El alfa y la r ítem-resto usan a las personas que vieron y respondieron todos los ítems de la dimensión; la dificultad es la proporción media de los puntos de un ítem. Una r ítem-resto negativa sugiere un ítem mal codificado; una dificultad de al menos 0,95 o como máximo 0,05 distingue mal entre personas. La r punto-biserial de una opción es su correlación con el porcentaje de la persona en el resto de la dimensión (sin este ítem). Las dimensiones con menos personas que el grupo más pequeño mostrado no reciben estadísticas, y los recuentos por debajo de él se ocultan.</translation>
    </message>
    <message>
        <source>Item analysis needs the questionnaire the results were made with. Open that questionnaire file (or install its provider pack) on the start page; results are matched to it by the fingerprint of its file.</source>
        <translation>El análisis de ítems necesita el cuestionario con el que se obtuvieron los resultados. Abra ese archivo de cuestionario (o instale su paquete del proveedor) en la página de inicio; los resultados se asocian a él por la huella de su archivo.</translation>
    </message>
    <message>
        <source>{0}: alpha {1} ({2} complete responses)</source>
        <translation>{0}: alfa {1} ({2} respuestas completas)</translation>
    </message>
    <message>
        <source>Cronbach&apos;s alpha: </source>
        <translation>Alfa de Cronbach: </translation>
    </message>
    <message>
        <source>distractor almost nobody chooses</source>
        <translation>distractor que casi nadie elige</translation>
    </message>
    <message>
        <source>strong respondents prefer a distractor</source>
        <translation>quienes puntúan alto prefieren un distractor</translation>
    </message>
    <message>
        <source>key has a negative point-biserial</source>
        <translation>la clave tiene un punto-biserial negativo</translation>
    </message>
    <message>
        <source>everyone scores high</source>
        <translation>todos puntúan alto</translation>
    </message>
    <message>
        <source>everyone scores low</source>
        <translation>todos puntúan bajo</translation>
    </message>
    <message>
        <source>may be mis-keyed (negative item-total correlation)</source>
        <translation>puede estar mal codificado (correlación ítem-total negativa)</translation>
    </message>
</context>
<context>
    <name>ItemWidget</name>
    <message>
        <source>Required</source>
        <translation>Obligatoria</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoria</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Could not save the language</source>
        <translation>No se pudo guardar el idioma</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language changes the next time you start Assessor.</source>
        <translation>El idioma cambiará la próxima vez que inicie Assessor.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Assessor</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open questionnaire…</source>
        <translation>&amp;Abrir cuestionario…</translation>
    </message>
    <message>
        <source>Open provider &amp;pack…</source>
        <translation>Abrir &amp;paquete del proveedor…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Start page</source>
        <translation>Página de &amp;inicio</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Clientes</translation>
    </message>
    <message>
        <source>C&amp;ohort results (for providers)</source>
        <translation>Resultados de la c&amp;ohorte (para proveedores)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Assessor</source>
        <translation>&amp;Acerca de Assessor</translation>
    </message>
    <message>
        <source>Assessor — with {name}</source>
        <translation>Assessor — con {name}</translation>
    </message>
    <message>
        <source>Cannot resume</source>
        <translation>No se puede reanudar</translation>
    </message>
    <message>
        <source>The questionnaire this draft was started with is no longer available. Open its file to continue.</source>
        <translation>El cuestionario con el que se empezó este borrador ya no está disponible. Abra su archivo para continuar.</translation>
    </message>
    <message>
        <source>Discard answers</source>
        <translation>Descartar respuestas</translation>
    </message>
    <message>
        <source>Discard this unfinished questionnaire and all its answers?</source>
        <translation>¿Descartar este cuestionario sin terminar y todas sus respuestas?</translation>
    </message>
    <message>
        <source>Open questionnaire</source>
        <translation>Abrir cuestionario</translation>
    </message>
    <message>
        <source>Questionnaires (*.yaml *.yml)</source>
        <translation>Cuestionarios (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>This questionnaire cannot be used</source>
        <translation>Este cuestionario no se puede usar</translation>
    </message>
    <message>
        <source>{0} has problems that must be fixed before it can be used:</source>
        <translation>{0} tiene problemas que deben corregirse antes de poder usarlo:</translation>
    </message>
    <message>
        <source>Questionnaire files with problems</source>
        <translation>Archivos de cuestionario con problemas</translation>
    </message>
    <message>
        <source>These files were not loaded:</source>
        <translation>Estos archivos no se cargaron:</translation>
    </message>
    <message>
        <source>Could not save the result</source>
        <translation>No se pudo guardar el resultado</translation>
    </message>
    <message>
        <source>Cannot show this result</source>
        <translation>No se puede mostrar este resultado</translation>
    </message>
</context>
<context>
    <name>MultiWidget</name>
    <message>
        <source>Choose up to {0}.</source>
        <translation>Elija hasta {0}.</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <source>Private notes for you: never shown in presentation mode, and left out of exported reports unless you include them.</source>
        <translation>Notas privadas para usted: nunca se muestran en el modo presentación y quedan fuera de los informes exportados salvo que las incluya.</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>Notas de sesión</translation>
    </message>
    <message>
        <source>New session note</source>
        <translation>Nueva nota de sesión</translation>
    </message>
    <message>
        <source>Write a note about this session…</source>
        <translation>Escriba una nota sobre esta sesión…</translation>
    </message>
    <message>
        <source>A&amp;bout:</source>
        <translation>S&amp;obre:</translation>
    </message>
    <message>
        <source>What the note is about</source>
        <translation>De qué trata la nota</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>&amp;Añadir nota</translation>
    </message>
    <message>
        <source>Add the session note</source>
        <translation>Añadir la nota de sesión</translation>
    </message>
    <message>
        <source>The client in general</source>
        <translation>El cliente en general</translation>
    </message>
    <message>
        <source>Result of {0} — {1}</source>
        <translation>Resultado del {0} — {1}</translation>
    </message>
    <message>
        <source>{0} · about the result of {1}</source>
        <translation>{0} · sobre el resultado del {1}</translation>
    </message>
    <message>
        <source>{0} · general</source>
        <translation>{0} · general</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Aún no hay notas.</translation>
    </message>
    <message>
        <source>Note too long</source>
        <translation>Nota demasiado larga</translation>
    </message>
    <message>
        <source>A note can hold up to {0} characters; this one has {1}.</source>
        <translation>Una nota admite hasta {0} caracteres; esta tiene {1}.</translation>
    </message>
    <message>
        <source>Could not save the note</source>
        <translation>No se pudo guardar la nota</translation>
    </message>
</context>
<context>
    <name>NumberWidget</name>
    <message>
        <source>between {0} and {1}</source>
        <translation>entre {0} y {1}</translation>
    </message>
    <message>
        <source>A number {0}.</source>
        <translation>Un número {0}.</translation>
    </message>
    <message>
        <source>Please type a number.</source>
        <translation>Escriba un número.</translation>
    </message>
    <message>
        <source>Please give a number between {0} and {1}.</source>
        <translation>Indique un número entre {0} y {1}.</translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <source>Provider pack</source>
        <translation>Paquete del proveedor</translation>
    </message>
    <message>
        <source>{0}, version {1}</source>
        <translation>{0}, versión {1}</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one the provider publishes (on its website or in your enrolment e-mail) before you install.</source>
        <translation>Antes de instalar, compare esta huella con la que publica el proveedor (en su sitio web o en su correo de inscripción).</translation>
    </message>
    <message>
        <source>Questionnaires in this pack:</source>
        <translation>Cuestionarios de este paquete:</translation>
    </message>
    <message>
        <source>Questionnaires in this pack</source>
        <translation>Cuestionarios de este paquete</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>&amp;Instalar</translation>
    </message>
    <message>
        <source>&amp;Install anyway…</source>
        <translation>&amp;Instalar de todos modos…</translation>
    </message>
    <message>
        <source>Install this pack</source>
        <translation>Instalar este paquete</translation>
    </message>
    <message>
        <source>Warning: do not trust this pack unless its provider tells you why.</source>
        <translation>Atención: no confíe en este paquete salvo que su proveedor le explique el motivo.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>The signature claims to be by {0} (key {1}), but it does not match the pack&apos;s contents.</source>
        <translation>La firma dice ser de {0} (clave {1}), pero no coincide con el contenido del paquete.</translation>
    </message>
    <message>
        <source>{0}
{1} {2}, {3} question(s)</source>
        <translation>{0}
{1} {2}, {3} pregunta(s)</translation>
    </message>
    <message>
        <source>Install the pack {0} {1} from {2}? Its questionnaires will be offered on the start page.</source>
        <translation>¿Instalar el paquete {0} {1} de {2}? Sus cuestionarios se ofrecerán en la página de inicio.</translation>
    </message>
    <message>
        <source>Install provider pack</source>
        <translation>Instalar paquete del proveedor</translation>
    </message>
    <message>
        <source>Install anyway?</source>
        <translation>¿Instalar de todos modos?</translation>
    </message>
    <message>
        <source>{0}

Install this pack anyway? Only do this if the provider has told you why.</source>
        <translation>{0}

¿Instalar este paquete de todos modos? Hágalo solo si el proveedor le ha explicado el motivo.</translation>
    </message>
    <message>
        <source>{0}

Install this pack anyway?</source>
        <translation>{0}

¿Instalar este paquete de todos modos?</translation>
    </message>
    <message>
        <source>The pack was not installed</source>
        <translation>El paquete no se instaló</translation>
    </message>
</context>
<context>
    <name>PathView</name>
    <message>
        <source>Path to the chosen role</source>
        <translation>Itinerario hacia el perfil elegido</translation>
    </message>
    <message>
        <source>Your path to {0}</source>
        <translation>Su itinerario hacia {0}</translation>
    </message>
    <message>
        <source>No path is available for this role.</source>
        <translation>No hay ningún itinerario disponible para este perfil.</translation>
    </message>
    <message>
        <source>You already meet every target of this role.</source>
        <translation>Ya cumple todos los objetivos de este perfil.</translation>
    </message>
    <message>
        <source>{0} step(s), about {1:g} hours of effort in total.</source>
        <translation>{0} paso(s), unas {1:g} horas de dedicación en total.</translation>
    </message>
    <message>
        <source>The milestones available cannot fully reach this role&apos;s targets; still short in: {0}. The steps below ({1:g} hours) get you as close as they can.</source>
        <translation>Los hitos disponibles no alcanzan del todo los objetivos de este perfil; aún falta en: {0}. Los pasos siguientes ({1:g} horas) le acercan todo lo posible.</translation>
    </message>
    <message>
        <source>no level</source>
        <translation>sin nivel</translation>
    </message>
    <message>
        <source>Step {0} · {1:g} hours · level after this step: {2}</source>
        <translation>Paso {0} · {1:g} horas · nivel tras este paso: {2}</translation>
    </message>
    <message>
        <source>Step {0}: {1}</source>
        <translation>Paso {0}: {1}</translation>
    </message>
    <message>
        <source>Afterwards: </source>
        <translation>Después: </translation>
    </message>
    <message>
        <source>References: </source>
        <translation>Referencias: </translation>
    </message>
</context>
<context>
    <name>PresentationView</name>
    <message>
        <source>Assessor — presentation</source>
        <translation>Assessor — presentación</translation>
    </message>
    <message>
        <source>{0} · completed {1}</source>
        <translation>{0} · realizado el {1}</translation>
    </message>
    <message>
        <source>Completed {0}</source>
        <translation>Realizado el {0}</translation>
    </message>
    <message>
        <source>Leave presentation (Esc)</source>
        <translation>Salir de la presentación (Esc)</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>Salir del modo presentación</translation>
    </message>
    <message>
        <source>Level: {0} (rung {1} of {2})</source>
        <translation>Nivel: {0} (peldaño {1} de {2})</translation>
    </message>
    <message>
        <source>Level: not placed on the ladder</source>
        <translation>Nivel: sin situar en la escala</translation>
    </message>
    <message>
        <source>Chart: dimensions against the role&apos;s targets</source>
        <translation>Gráfico: dimensiones frente a los objetivos del perfil</translation>
    </message>
    <message>
        <source>Chart: the path to the role</source>
        <translation>Gráfico: el itinerario hacia el perfil</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source>Profile you are working with</source>
        <translation>Perfil con el que está trabajando</translation>
    </message>
    <message>
        <source>Working with: {0}</source>
        <translation>Trabajando con: {0}</translation>
    </message>
    <message>
        <source>Manage clients…</source>
        <translation>Gestionar clientes…</translation>
    </message>
</context>
<context>
    <name>ProviderCard</name>
    <message>
        <source>Training provider</source>
        <translation>Proveedor de formación</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>Ofrecido por</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Save and &amp;close</source>
        <translation>Guardar y &amp;cerrar</translation>
    </message>
    <message>
        <source>Save and close; continue later</source>
        <translation>Guardar y cerrar; continuar más tarde</translation>
    </message>
    <message>
        <source>Your answers are already saved. You can continue later from the start page.</source>
        <translation>Sus respuestas ya están guardadas. Puede continuar más tarde desde la página de inicio.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Atrás</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>Sección anterior</translation>
    </message>
    <message>
        <source>Previous section (Alt+Left)</source>
        <translation>Sección anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Re&amp;view answers</source>
        <translation>Re&amp;visar respuestas</translation>
    </message>
    <message>
        <source>Review answers and finish</source>
        <translation>Revisar las respuestas y terminar</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>&amp;Siguiente →</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Sección siguiente</translation>
    </message>
    <message>
        <source>Next section (Alt+Right or Ctrl+Enter)</source>
        <translation>Sección siguiente (Alt+Derecha o Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Re&amp;view and finish →</source>
        <translation>Re&amp;visar y terminar →</translation>
    </message>
    <message>
        <source>That answer could not be saved: {0}</source>
        <translation>No se pudo guardar esa respuesta: {0}</translation>
    </message>
    <message>
        <source>{0} of {1} questions answered</source>
        <translation>{0} de {1} preguntas respondidas</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>&amp;Export result…</source>
        <translation>&amp;Exportar resultado…</translation>
    </message>
    <message>
        <source>Export the result as a JSON file</source>
        <translation>Exportar el resultado como archivo JSON</translation>
    </message>
    <message>
        <source>Save re&amp;port…</source>
        <translation>Guardar &amp;informe…</translation>
    </message>
    <message>
        <source>Save a report of this result</source>
        <translation>Guardar un informe de este resultado</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Show the history of your results</source>
        <translation>Mostrar el historial de sus resultados</translation>
    </message>
    <message>
        <source>Start &amp;page</source>
        <translation>&amp;Página de inicio</translation>
    </message>
    <message>
        <source>Back to the start page</source>
        <translation>Volver a la página de inicio</translation>
    </message>
    <message>
        <source>Your level</source>
        <translation>Su nivel</translation>
    </message>
    <message>
        <source>&amp;Target role:</source>
        <translation>Perfil &amp;objetivo:</translation>
    </message>
    <message>
        <source>Target role</source>
        <translation>Perfil objetivo</translation>
    </message>
    <message>
        <source>Result views</source>
        <translation>Vistas del resultado</translation>
    </message>
    <message>
        <source>Chart: your level on the ladder</source>
        <translation>Gráfico: su nivel en la escala</translation>
    </message>
    <message>
        <source>Chart: machine-learning depth against security depth</source>
        <translation>Gráfico: profundidad en aprendizaje automático frente a profundidad en seguridad</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Nivel</translation>
    </message>
    <message>
        <source>Chart: your dimensions against the role&apos;s targets</source>
        <translation>Gráfico: sus dimensiones frente a los objetivos del perfil</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>&amp;Perfiles</translation>
    </message>
    <message>
        <source>Chart: your path to the role</source>
        <translation>Gráfico: su itinerario hacia el perfil</translation>
    </message>
    <message>
        <source>P&amp;ath</source>
        <translation>&amp;Itinerario</translation>
    </message>
    <message>
        <source>&amp;Self-rating vs knowledge</source>
        <translation>&amp;Autoevaluación frente a conocimientos</translation>
    </message>
    <message>
        <source>Completed {0}</source>
        <translation>Realizado el {0}</translation>
    </message>
    <message>
        <source>Your level: {0} (rung {1} of {2})</source>
        <translation>Su nivel: {0} (peldaño {1} de {2})</translation>
    </message>
    <message>
        <source>Your level: not placed on the ladder</source>
        <translation>Su nivel: sin situar en la escala</translation>
    </message>
    <message>
        <source>This result is incomplete: {0} required question(s) were not answered.</source>
        <translation>Este resultado está incompleto: {0} pregunta(s) obligatoria(s) sin responder.</translation>
    </message>
    <message>
        <source>{role} — {fit}% fit</source>
        <translation>{role} — {fit} % de encaje</translation>
    </message>
    <message>
        <source>Reports are not available in this installation.</source>
        <translation>Los informes no están disponibles en esta instalación.</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Exportar resultado</translation>
    </message>
    <message>
        <source>Result files (*.json)</source>
        <translation>Archivos de resultados (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>The result could not be written to {0}: {1}</source>
        <translation>No se pudo escribir el resultado en {0}: {1}</translation>
    </message>
    <message>
        <source>Result exported</source>
        <translation>Resultado exportado</translation>
    </message>
    <message>
        <source>The result was saved to {0}.</source>
        <translation>El resultado se guardó en {0}.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;Web page (*.html)</source>
        <translation>Informe PDF (*.pdf);;Página web (*.html)</translation>
    </message>
    <message>
        <source>Report failed</source>
        <translation>Error en el informe</translation>
    </message>
    <message>
        <source>The report could not be written to {0}: {1}</source>
        <translation>No se pudo escribir el informe en {0}: {1}</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Informe guardado</translation>
    </message>
    <message>
        <source>The report was saved to {0}.</source>
        <translation>El informe se guardó en {0}.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review before finishing</source>
        <translation>Revisión antes de terminar</translation>
    </message>
    <message>
        <source>Required questions not yet answered</source>
        <translation>Preguntas obligatorias aún sin responder</translation>
    </message>
    <message>
        <source>← &amp;Back to the questions</source>
        <translation>← &amp;Volver a las preguntas</translation>
    </message>
    <message>
        <source>Back to the questions</source>
        <translation>Volver a las preguntas</translation>
    </message>
    <message>
        <source>&amp;Finish and see results</source>
        <translation>&amp;Terminar y ver los resultados</translation>
    </message>
    <message>
        <source>Finish and see results</source>
        <translation>Terminar y ver los resultados</translation>
    </message>
    <message>
        <source>Go to this question</source>
        <translation>Ir a esta pregunta</translation>
    </message>
    <message>
        <source>You answered {0} of {1} questions. {2} required question(s) still need an answer before you can finish — choose one to go to it.</source>
        <translation>Ha respondido {0} de {1} preguntas. Aún falta responder {2} pregunta(s) obligatoria(s) para poder terminar: elija una para ir a ella.</translation>
    </message>
    <message>
        <source>You answered {0} of {1} questions and every required question. You can finish now, or go back and change any answer.</source>
        <translation>Ha respondido {0} de {1} preguntas y todas las obligatorias. Puede terminar ahora o volver atrás y cambiar cualquier respuesta.</translation>
    </message>
</context>
<context>
    <name>SectionList</name>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecha</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>pendiente</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Where do you stand in AI security?</source>
        <translation>¿Dónde se sitúa usted en seguridad de la IA?</translation>
    </message>
    <message>
        <source>Answer a questionnaire about your skills to see your level, the roles that fit you and the shortest path to the one you want. Everything stays on this computer.</source>
        <translation>Responda un cuestionario sobre sus competencias para ver su nivel, los perfiles que encajan con usted y el camino más corto hacia el que desea. Todo se queda en este equipo.</translation>
    </message>
    <message>
        <source>Start a questionnaire</source>
        <translation>Empezar un cuestionario</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Cuestionarios</translation>
    </message>
    <message>
        <source>Show questionnaire files with problems</source>
        <translation>Mostrar los archivos de cuestionario con problemas</translation>
    </message>
    <message>
        <source>&amp;Open a questionnaire file…</source>
        <translation>&amp;Abrir un archivo de cuestionario…</translation>
    </message>
    <message>
        <source>Open a questionnaire file</source>
        <translation>Abrir un archivo de cuestionario</translation>
    </message>
    <message>
        <source>Open a provider &amp;pack…</source>
        <translation>Abrir un &amp;paquete del proveedor…</translation>
    </message>
    <message>
        <source>Open a training provider&apos;s pack</source>
        <translation>Abrir el paquete de un proveedor de formación</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <source>Start the selected questionnaire</source>
        <translation>Empezar el cuestionario seleccionado</translation>
    </message>
    <message>
        <source>Continue where you left off</source>
        <translation>Continuar donde lo dejó</translation>
    </message>
    <message>
        <source>Unfinished questionnaires</source>
        <translation>Cuestionarios sin terminar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Discard the selected unfinished questionnaire</source>
        <translation>Descartar el cuestionario sin terminar seleccionado</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Resume the selected unfinished questionnaire</source>
        <translation>Reanudar el cuestionario sin terminar seleccionado</translation>
    </message>
    <message>
        <source>Your past results</source>
        <translation>Sus resultados anteriores</translation>
    </message>
    <message>
        <source>Past results of {name}</source>
        <translation>Resultados anteriores de {name}</translation>
    </message>
    <message>
        <source>Past results</source>
        <translation>Resultados anteriores</translation>
    </message>
    <message>
        <source>&amp;History and trends</source>
        <translation>&amp;Historial y tendencias</translation>
    </message>
    <message>
        <source>Show the history of your results</source>
        <translation>Mostrar el historial de sus resultados</translation>
    </message>
    <message>
        <source>Show &amp;result</source>
        <translation>Mostrar &amp;resultado</translation>
    </message>
    <message>
        <source>Show the selected result</source>
        <translation>Mostrar el resultado seleccionado</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaire file(s) could not be loaded…</source>
        <translation>
            <numerusform>No se pudo cargar %n archivo de cuestionario…</numerusform>
            <numerusform>No se pudieron cargar %n archivos de cuestionario…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n pregunta</numerusform>
            <numerusform>%n preguntas</numerusform>
        </translation>
    </message>
    <message>
        <source>, about {0} minutes</source>
        <translation>, unos {0} minutos</translation>
    </message>
    <message>
        <source>From {0}</source>
        <translation>De {0}</translation>
    </message>
    <message>
        <source>No questionnaires found. Open a questionnaire file to begin.</source>
        <translation>No se encontraron cuestionarios. Abra un archivo de cuestionario para empezar.</translation>
    </message>
    <message>
        <source>{0}
{1} answer(s) so far, last changed {2}</source>
        <translation>{0}
{1} respuesta(s) hasta ahora, último cambio: {2}</translation>
    </message>
    <message>
        <source>(its questionnaire file is no longer available)</source>
        <translation>(su archivo de cuestionario ya no está disponible)</translation>
    </message>
    <message>
        <source>Nothing in progress.</source>
        <translation>Nada en curso.</translation>
    </message>
    <message>
        <source>no level</source>
        <translation>sin nivel</translation>
    </message>
    <message>
        <source>no roles</source>
        <translation>sin perfiles</translation>
    </message>
    <message>
        <source>{0} — {1}
Level: {2} · best fit: {3}</source>
        <translation>{0} — {1}
Nivel: {2} · mejor encaje: {3}</translation>
    </message>
    <message>
        <source>No results yet.</source>
        <translation>Aún no hay resultados.</translation>
    </message>
</context>
<context>
    <name>TextWidget</name>
    <message>
        <source>{0} / {1} characters</source>
        <translation>{0} / {1} caracteres</translation>
    </message>
    <message>
        <source>{0} characters</source>
        <translation>{0} caracteres</translation>
    </message>
</context>
<context>
    <name>WhatIfView</name>
    <message>
        <source>Based on &amp;result:</source>
        <translation>Basado en el &amp;resultado:</translation>
    </message>
    <message>
        <source>Result the plan starts from</source>
        <translation>Resultado del que parte el plan</translation>
    </message>
    <message>
        <source>Target r&amp;ole:</source>
        <translation>&amp;Perfil objetivo:</translation>
    </message>
    <message>
        <source>Target role</source>
        <translation>Perfil objetivo</translation>
    </message>
    <message>
        <source>Milestones done</source>
        <translation>Hitos realizados</translation>
    </message>
    <message>
        <source>Tick what the client has done (or plans to do). Rule: a slider sets a score first; each ticked milestone then adds its raises, capped at 100%. The path is re-planned from there.</source>
        <translation>Marque lo que el cliente ha hecho (o piensa hacer). Regla: primero un control deslizante fija una puntuación; después cada hito marcado suma sus aumentos, con un máximo del 100 %. El itinerario se vuelve a planificar a partir de ahí.</translation>
    </message>
    <message>
        <source>Milestones on the path</source>
        <translation>Hitos del itinerario</translation>
    </message>
    <message>
        <source>Adjust a score</source>
        <translation>Ajustar una puntuación</translation>
    </message>
    <message>
        <source>R&amp;eset scores</source>
        <translation>R&amp;establecer puntuaciones</translation>
    </message>
    <message>
        <source>Put every score back to the result&apos;s</source>
        <translation>Devolver cada puntuación a la del resultado</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planes</translation>
    </message>
    <message>
        <source>Plan note</source>
        <translation>Nota del plan</translation>
    </message>
    <message>
        <source>Optional note, e.g. &quot;agreed 12 March&quot;</source>
        <translation>Nota opcional, p. ej. «acordado el 12 de marzo»</translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation>&amp;Guardar plan</translation>
    </message>
    <message>
        <source>Save the ticked milestones as a plan</source>
        <translation>Guardar los hitos marcados como plan</translation>
    </message>
    <message>
        <source>A plan keeps the role and the ticked milestones; slider changes are for exploring only.</source>
        <translation>Un plan guarda el perfil y los hitos marcados; los cambios de los controles deslizantes solo sirven para explorar.</translation>
    </message>
    <message>
        <source>Saved plans</source>
        <translation>Planes guardados</translation>
    </message>
    <message>
        <source>Loa&amp;d selected plan</source>
        <translation>&amp;Cargar el plan seleccionado</translation>
    </message>
    <message>
        <source>Projected level</source>
        <translation>Nivel proyectado</translation>
    </message>
    <message>
        <source>Remaining path</source>
        <translation>Itinerario restante</translation>
    </message>
    <message>
        <source>Scores now, projected, and the role&apos;s targets</source>
        <translation>Puntuaciones actuales, proyectadas y objetivos del perfil</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensión</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>Proyectado</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>What-if planning starts from one of the client&apos;s results; there are none yet.</source>
        <translation>La planificación hipotética parte de uno de los resultados del cliente; todavía no hay ninguno.</translation>
    </message>
    <message>
        <source>What-if planning needs the questionnaire this result was taken with, and it is not available here. Open its file from the start page.</source>
        <translation>La planificación hipotética necesita el cuestionario con el que se obtuvo este resultado, y aquí no está disponible. Abra su archivo desde la página de inicio.</translation>
    </message>
    <message>
        <source>Score for {0}</source>
        <translation>Puntuación en {0}</translation>
    </message>
    <message>
        <source>{0:.0f}% (was {1})</source>
        <translation>{0:.0f} % (antes {1})</translation>
    </message>
    <message>
        <source>{0}
{1:g} hours · raises {2}</source>
        <translation>{0}
{1:g} horas · eleva {2}</translation>
    </message>
    <message>
        <source>not placed</source>
        <translation>sin nivel</translation>
    </message>
    <message>
        <source>Projected level: {0} (now {1})</source>
        <translation>Nivel proyectado: {0} (ahora {1})</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>preparado</translation>
    </message>
    <message>
        <source>not ready yet</source>
        <translation>aún no preparado</translation>
    </message>
    <message>
        <source> (still short: {0})</source>
        <translation> (aún falta: {0})</translation>
    </message>
    <message>
        <source>Fit to {0}: {1:.0f}% (now {2}) · {3}</source>
        <translation>Encaje con {0}: {1:.0f} % (ahora {2}) · {3}</translation>
    </message>
    <message>
        <source>Nothing left to do: every target of this role is met.</source>
        <translation>No queda nada por hacer: se cumplen todos los objetivos de este perfil.</translation>
    </message>
    <message>
        <source>Remaining path: {0} step(s), about {1:g} hours.</source>
        <translation>Itinerario restante: {0} paso(s), unas {1:g} horas.</translation>
    </message>
    <message>
        <source>Remaining path: {0} step(s), {1:g} hours, and still short in {2}.</source>
        <translation>Itinerario restante: {0} paso(s), {1:g} horas, y aún falta en {2}.</translation>
    </message>
    <message>
        <source>no level</source>
        <translation>sin nivel</translation>
    </message>
    <message>
        <source>{0}. {1} — {2:g} h → {3}</source>
        <translation>{0}. {1} — {2:g} h → {3}</translation>
    </message>
    <message>
        <source>Could not save the plan</source>
        <translation>No se pudo guardar el plan</translation>
    </message>
    <message>
        <source>{0} · {1} · {2} milestone(s) done</source>
        <translation>{0} · {1} · {2} hito(s) realizado(s)</translation>
    </message>
    <message>
        <source>Cannot load this plan</source>
        <translation>No se puede cargar este plan</translation>
    </message>
    <message>
        <source>This result has no role with the plan&apos;s id ({0}).</source>
        <translation>Este resultado no tiene ningún perfil con el id del plan ({0}).</translation>
    </message>
</context>
</TS>
