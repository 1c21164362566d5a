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
        <source>Show as table</source>
        <translation>Mostrar como tabla</translation>
    </message>
    <message>
        <source>Shows this chart&apos;s data as a table instead of a picture</source>
        <translation>Muestra los datos de este gráfico como una tabla en lugar de una imagen</translation>
    </message>
    <message>
        <source>{0}, as a table</source>
        <translation>{0}, como tabla</translation>
    </message>
    <message>
        <source>This chart cannot be shown: {0}</source>
        <translation>Este gráfico no se puede mostrar: {0}</translation>
    </message>
    <message>
        <source>Show as chart</source>
        <translation>Mostrar como gráfico</translation>
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
        <translation>A&amp;brir resultado</translation>
    </message>
    <message>
        <source>Open the selected result</source>
        <translation>Abrir el resultado seleccionado</translation>
    </message>
    <message>
        <source>Present f&amp;ull screen</source>
        <translation>&amp;Presentar a pantalla completa</translation>
    </message>
    <message>
        <source>Include session no&amp;tes</source>
        <translation>Incluir &amp;las notas de sesión</translation>
    </message>
    <message>
        <source>Present the selected result full screen, without private notes</source>
        <translation>Presentar el resultado seleccionado a pantalla completa, sin las notas privadas</translation>
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
        <translation>Pá&amp;gina de inicio</translation>
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
        <translation>Resultados a lo largo del &amp;tiempo</translation>
    </message>
    <message>
        <source>&amp;Compare two results</source>
        <translation>Comparar dos &amp;resultados</translation>
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
        <source>New cl&amp;ient</source>
        <translation>Nuevo &amp;cliente</translation>
    </message>
    <message>
        <source>Pseudon&amp;ym:</source>
        <translation>Seudóni&amp;mo:</translation>
    </message>
    <message>
        <source>Sa&amp;ve details</source>
        <translation>G&amp;uardar datos</translation>
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
        <source>Column headers</source>
        <translation>Encabezados de columna</translation>
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
        <source>Cohort charts and tables</source>
        <translation>Gráficos y tablas de la cohorte</translation>
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
        <source>L&amp;evels</source>
        <translation>&amp;Niveles</translation>
    </message>
    <message>
        <source>Gaps hea&amp;tmap</source>
        <translation>Mapa de calor de carencias</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>Gaps and paths agai&amp;nst:</source>
        <translation>Carencia&amp;s e itinerarios respecto a:</translation>
    </message>
    <message>
        <source>Smallest group sho&amp;wn:</source>
        <translation>Grupo más pe&amp;queño mostrado:</translation>
    </message>
    <message>
        <source>Role &amp;clusters</source>
        <translation>Gr&amp;upos de perfiles</translation>
    </message>
    <message>
        <source>&amp;Milestones</source>
        <translation>Hi&amp;tos</translation>
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
        <translation>V&amp;ersión:</translation>
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
        <translation>Imp&amp;ortar resultados…</translation>
    </message>
    <message>
        <source>Import result files</source>
        <translation>Importar archivos de resultados</translation>
    </message>
    <message>
        <source>Import a f&amp;older…</source>
        <translation>I&amp;mportar una carpeta…</translation>
    </message>
    <message>
        <source>Import a folder of result files</source>
        <translation>Importar una carpeta de archivos de resultados</translation>
    </message>
    <message>
        <source>&amp;Save summary…</source>
        <translation>Guardar &amp;resumen…</translation>
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
        <translation>Pá&amp;gina de inicio</translation>
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
        <source>Cohort views</source>
        <translation>Vistas de la cohorte</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>Item &amp;analysis</source>
        <translation>Aná&amp;lisis de ítems</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled after %n file(s). </source>
        <translation>
            <numerusform>Importación cancelada tras %n archivo. </numerusform>
            <numerusform>Importación cancelada tras %n archivos. </numerusform>
        </translation>
    </message>
    <message>
        <source>Result files (*.json)</source>
        <translation>Archivos de resultados (*.json)</translation>
    </message>
    <message>
        <source>re-scored</source>
        <translation>recalculado</translation>
    </message>
    <message>
        <source>not re-scored (integrity hash only)</source>
        <translation>no recalculado (solo hash de integridad)</translation>
    </message>
    <message>
        <source>the same result as {0}; counted once</source>
        <translation>el mismo resultado que {0}; se cuenta una vez</translation>
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
        <source>{accepted} ({rescored}, {hash_only}), {refused}, {duplicates}.</source>
        <translation>{accepted} ({rescored}, {hash_only}), {refused}, {duplicates}.</translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n aceptado</numerusform>
            <numerusform>%n aceptados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n re-scored</source>
        <translation>
            <numerusform>%n recalculado</numerusform>
            <numerusform>%n recalculados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checked by integrity hash only</source>
        <translation>
            <numerusform>%n comprobado solo por el hash de integridad</numerusform>
            <numerusform>%n comprobados solo por el hash de integridad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n rechazado</numerusform>
            <numerusform>%n rechazados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) counted once</source>
        <translation>
            <numerusform>%n duplicado contado una vez</numerusform>
            <numerusform>%n duplicados contados una vez</numerusform>
        </translation>
    </message>
    <message>
        <source>No result files (.json) were found there.</source>
        <translation>No se encontraron archivos de resultados (.json) ahí.</translation>
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
        <translation>Re&amp;sultado anterior:</translation>
    </message>
    <message>
        <source>&amp;Later result:</source>
        <translation>Resu&amp;ltado posterior:</translation>
    </message>
    <message>
        <source>Path &amp;to role:</source>
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
        <source>Pick an earlier and a later result above: the table then shows how each score moved, the level and the fit to a role, and which steps of the earlier path were reached.</source>
        <translation>Elija arriba un resultado anterior y uno posterior: la tabla muestra entonces cómo cambió cada puntuación, el nivel y el encaje con un perfil, y qué pasos del itinerario anterior se alcanzaron.</translation>
    </message>
    <message>
        <source>Once this client has two results, this page shows what moved between them.</source>
        <translation>Cuando este cliente tenga dos resultados, esta página mostrará qué cambió entre ellos.</translation>
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
        <source>Level: neither result was placed on the ladder</source>
        <translation>Nivel: ninguno de los dos resultados se situó en la escala</translation>
    </message>
    <message>
        <source>Level: {0} (same rung)</source>
        <translation>Nivel: {0} (mismo peldaño)</translation>
    </message>
    <message>
        <source>Level: {0} → {1}</source>
        <translation>Nivel: {0} → {1}</translation>
    </message>
    <message>
        <source>not placed</source>
        <translation>sin nivel</translation>
    </message>
    <message>
        <source>Level: {0} → {1} ({2})</source>
        <translation>Nivel: {0} → {1} ({2})</translation>
    </message>
    <message>
        <source>The earlier result holds no path to {0}.</source>
        <translation>El resultado anterior no contiene ningún itinerario hacia {0}.</translation>
    </message>
    <message>
        <source>The earlier result already met every target of {0}.</source>
        <translation>El resultado anterior ya cumplía todos los objetivos de {0}.</translation>
    </message>
    <message numerus="yes">
        <source>Earlier path to {0}: {1} of %n step(s) reached</source>
        <translation>
            <numerusform>Itinerario anterior hacia {0}: {1} de %n paso alcanzado</numerusform>
            <numerusform>Itinerario anterior hacia {0}: {1} de %n pasos alcanzados</numerusform>
        </translation>
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
        <source>no flags</source>
        <translation>sin alertas</translation>
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
        <translation>Pá&amp;gina de inicio</translation>
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
        <translation>Abrir &amp;el resultado seleccionado</translation>
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
        <source>Earlier</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Posterior</translation>
    </message>
    <message>
        <source>Results of {name} over time</source>
        <translation>Resultados de {name} a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Select two results in the table above to compare them.</source>
        <translation>Seleccione dos resultados en la tabla de arriba para compararlos.</translation>
    </message>
    <message>
        <source>A comparison appears here once there are two results.</source>
        <translation>Aquí aparecerá una comparación cuando haya dos resultados.</translation>
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
    <name>ImportLogView</name>
    <message>
        <source>Filter &amp;by:</source>
        <translation>&amp;Filtrar por:</translation>
    </message>
    <message>
        <source>Filter the imported files</source>
        <translation>Filtrar los archivos importados</translation>
    </message>
    <message>
        <source>File name, status or reason</source>
        <translation>Nombre de archivo, estado o motivo</translation>
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
        <source>Files imported: accepted and refused</source>
        <translation>Archivos importados: aceptados y rechazados</translation>
    </message>
    <message>
        <source>What was accepted and refused, file by file, appears here after an import.</source>
        <translation>Lo aceptado y lo rechazado, archivo por archivo, aparece aquí tras una importación.</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptado</translation>
    </message>
    <message>
        <source>accepted, hash only</source>
        <translation>aceptado, solo hash</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicado</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n file(s)</source>
        <translation>
            <numerusform>{0} de %n archivo</numerusform>
            <numerusform>{0} de %n archivos</numerusform>
        </translation>
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
        <source>Show flagged items onl&amp;y</source>
        <translation>Mostrar &amp;solo los ítems con alertas</translation>
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
        <source>no flags</source>
        <translation>sin alertas</translation>
    </message>
    <message>
        <source>{0}: alpha {1} ({2} complete responses)</source>
        <translation>{0}: alfa {1} ({2} respuestas completas)</translation>
    </message>
    <message>
        <source>Cronbach&apos;s alpha: {0}</source>
        <translation>Alfa de Cronbach: {0}</translation>
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
        <translation>Pá&amp;gina de inicio</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
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
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About Assessor</source>
        <translation>&amp;Acerca de Assessor</translation>
    </message>
    <message>
        <source>Switch client?</source>
        <translation>¿Cambiar de cliente?</translation>
    </message>
    <message>
        <source>The questionnaire you have open belongs to {owner}. Its answers are saved and stay with {owner}: to continue it later, switch back to {owner} and resume it from the start page.

Close it and work with {target}?</source>
        <translation>El cuestionario abierto pertenece a {owner}. Sus respuestas están guardadas y se quedan con {owner}: para continuarlo más tarde, vuelva a {owner} y reanúdelo desde la página de inicio.

¿Cerrarlo y trabajar con {target}?</translation>
    </message>
    <message>
        <source>you</source>
        <translation>usted</translation>
    </message>
    <message>
        <source>another client</source>
        <translation>otro cliente</translation>
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
        <source>Change n&amp;ote</source>
        <translation>Modi&amp;ficar nota</translation>
    </message>
    <message>
        <source>Change the selected note</source>
        <translation>Modificar la nota seleccionada</translation>
    </message>
    <message>
        <source>De&amp;lete note…</source>
        <translation>E&amp;liminar nota…</translation>
    </message>
    <message>
        <source>Delete the selected note</source>
        <translation>Eliminar la nota seleccionada</translation>
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
        <translation>Aña&amp;dir nota</translation>
    </message>
    <message>
        <source>Add the session note</source>
        <translation>Añadir la nota de sesión</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop changing the note</source>
        <translation>Dejar de modificar la nota</translation>
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
        <source>Note being changed</source>
        <translation>Nota que se está modificando</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <source>Save the changed note</source>
        <translation>Guardar la nota modificada</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Eliminar nota</translation>
    </message>
    <message>
        <source>Delete this note? This cannot be undone.

{0}</source>
        <translation>¿Eliminar esta nota? No se puede deshacer.

{0}</translation>
    </message>
    <message>
        <source>Could not delete the note</source>
        <translation>No se pudo eliminar la nota</translation>
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
        <source>{0} — provider pack</source>
        <translation>{0}: paquete del proveedor</translation>
    </message>
    <message>
        <source>Pack {0}, version {1} · file {2}</source>
        <translation>Paquete {0}, versión {1} · archivo {2}</translation>
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
        <source>The signature claims key fingerprint {0} and signer “{1}”, but it does not match the pack&apos;s contents.</source>
        <translation>La firma declara la huella de clave {0} y el firmante «{1}», pero no coincide con el contenido del paquete.</translation>
    </message>
    <message numerus="yes">
        <source>{0}
{1} {2}, %n question(s)</source>
        <translation>
            <numerusform>{0}
{1} {2}, %n pregunta</numerusform>
            <numerusform>{0}
{1} {2}, %n preguntas</numerusform>
        </translation>
    </message>
    <message>
        <source>Install the questionnaires of {2} (pack {0}, version {1})? They will be offered on the start page.</source>
        <translation>¿Instalar los cuestionarios de {2} (paquete {0}, versión {1})? Se ofrecerán en la página de inicio.</translation>
    </message>
    <message>
        <source>Pack installed</source>
        <translation>Paquete instalado</translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n questionnaire(s) installed. You find [it|them] on the start page, marked “From {0}”:</source>
        <translation>
            <numerusform>{0}: %n cuestionario instalado. Lo encontrará en la página de inicio, marcado «De {0}»:</numerusform>
            <numerusform>{0}: %n cuestionarios instalados. Los encontrará en la página de inicio, marcados «De {0}»:</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n step(s), about {0:g} hours of effort in total.</source>
        <translation>
            <numerusform>%n paso, unas {0:g} horas de dedicación en total.</numerusform>
            <numerusform>%n pasos, unas {0:g} horas de dedicación en total.</numerusform>
        </translation>
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
        <source>Afterwards: {0}</source>
        <translation>Después: {0}</translation>
    </message>
    <message>
        <source>{0} {1:.0f}% (target {2:g}%)</source>
        <translation>{0} {1:.0f}&#xa0;% (objetivo {2:g}&#xa0;%)</translation>
    </message>
    <message>
        <source>{0} {1:.0f}%</source>
        <translation>{0} {1:.0f}&#xa0;%</translation>
    </message>
    <message>
        <source>References: {0}</source>
        <translation>Referencias: {0}</translation>
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
        <source>{name}&apos;s level: {0} (rung {1} of {2})</source>
        <translation>Nivel de {name}: {0} (peldaño {1} de {2})</translation>
    </message>
    <message>
        <source>{name}&apos;s level: not placed on the ladder</source>
        <translation>Nivel de {name}: sin situar en la escala</translation>
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
        <source>Profile you are working with; opens a menu of profiles</source>
        <translation>Perfil con el que trabaja; abre un menú de perfiles</translation>
    </message>
    <message>
        <source>Working with: …</source>
        <translation>Trabajando con: …</translation>
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
        <translation>← A&amp;trás</translation>
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
        <source>Answers for {0}</source>
        <translation>Respuestas de {0}</translation>
    </message>
    <message>
        <source>Re&amp;view and finish →</source>
        <translation>Re&amp;visar y terminar →</translation>
    </message>
    <message>
        <source>That answer could not be saved: {0}</source>
        <translation>No se pudo guardar esa respuesta: {0}</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n question(s) answered — more may appear depending on your answers</source>
        <translation>
            <numerusform>{0} de %n pregunta respondida; pueden aparecer más según sus respuestas</numerusform>
            <numerusform>{0} de %n preguntas respondidas; pueden aparecer más según sus respuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n question(s) answered</source>
        <translation>
            <numerusform>{0} de %n pregunta respondida</numerusform>
            <numerusform>{0} de %n preguntas respondidas</numerusform>
        </translation>
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
        <source>Save a report of this result</source>
        <translation>Guardar un informe de este resultado</translation>
    </message>
    <message>
        <source>Save rep&amp;ort…</source>
        <translation>G&amp;uardar informe…</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Show the history of your results</source>
        <translation>Mostrar el historial de sus resultados</translation>
    </message>
    <message>
        <source>Start &amp;page</source>
        <translation>Pá&amp;gina de inicio</translation>
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
        <translation>I&amp;tinerario</translation>
    </message>
    <message>
        <source>&amp;Self-rating vs knowledge</source>
        <translation>Autoevaluación &amp;frente a conocimientos</translation>
    </message>
    <message>
        <source>Completed {0}</source>
        <translation>Realizado el {0}</translation>
    </message>
    <message>
        <source>{0} (rung {1} of {2})</source>
        <translation>{0} (peldaño {1} de {2})</translation>
    </message>
    <message>
        <source>not placed on the ladder</source>
        <translation>sin situar en la escala</translation>
    </message>
    <message numerus="yes">
        <source>This result is incomplete: %n required question(s) [was|were] not answered.</source>
        <translation>
            <numerusform>Este resultado está incompleto: %n pregunta obligatoria quedó sin responder.</numerusform>
            <numerusform>Este resultado está incompleto: %n preguntas obligatorias quedaron sin responder.</numerusform>
        </translation>
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
        <source>Your level: {0}</source>
        <translation>Su nivel: {0}</translation>
    </message>
    <message>
        <source>{name}&apos;s level: {0}</source>
        <translation>Nivel de {name}: {0}</translation>
    </message>
    <message numerus="yes">
        <source>This result holds %n typed answer(s), for example to “{0}”. Typed answers can contain names, e-mail addresses or other private details.

Leave the typed answers out of the report? (No keeps them in.)</source>
        <translation>
            <numerusform>Este resultado contiene %n respuesta escrita, a «{0}». Las respuestas escritas pueden contener nombres, direcciones de correo electrónico u otros datos privados.

¿Dejar las respuestas escritas fuera del informe? (Con «No» se conservan.)</numerusform>
            <numerusform>Este resultado contiene %n respuestas escritas, por ejemplo a «{0}». Las respuestas escritas pueden contener nombres, direcciones de correo electrónico u otros datos privados.

¿Dejar las respuestas escritas fuera del informe? (Con «No» se conservan.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This result holds %n typed answer(s), for example to “{0}”. Typed answers can contain names, e-mail addresses or other private details.

Leave the typed answers out of the exported file? (No keeps them in.)</source>
        <translation>
            <numerusform>Este resultado contiene %n respuesta escrita, a «{0}». Las respuestas escritas pueden contener nombres, direcciones de correo electrónico u otros datos privados.

¿Dejar las respuestas escritas fuera del archivo exportado? (Con «No» se conservan.)</numerusform>
            <numerusform>Este resultado contiene %n respuestas escritas, por ejemplo a «{0}». Las respuestas escritas pueden contener nombres, direcciones de correo electrónico u otros datos privados.

¿Dejar las respuestas escritas fuera del archivo exportado? (Con «No» se conservan.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Typed answers</source>
        <translation>Respuestas escritas</translation>
    </message>
    <message>
        <source>Typed answers cannot be left out</source>
        <translation>Las respuestas escritas no se pueden omitir</translation>
    </message>
    <message>
        <source>{0}: a typed answer decides which questions were asked, so leaving it out would change the result.</source>
        <translation>{0}: una respuesta escrita decide qué preguntas se hicieron, así que omitirla cambiaría el resultado.</translation>
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
        <source>Your answers</source>
        <translation>Sus respuestas</translation>
    </message>
    <message>
        <source>Choose an answer to go back and change it.</source>
        <translation>Elija una respuesta para volver a ella y cambiarla.</translation>
    </message>
    <message>
        <source>Answers given so far</source>
        <translation>Respuestas dadas hasta ahora</translation>
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
        <source>F&amp;inish and see results</source>
        <translation>&amp;Terminar y ver los resultados</translation>
    </message>
    <message numerus="yes">
        <source>You answered {0} of {1} questions. %n required question(s) still [needs|need] an answer before you can finish — choose one to go to it.</source>
        <translation>
            <numerusform>Ha respondido {0} de {1} preguntas. Aún falta responder %n pregunta obligatoria para poder terminar: elíjala para ir a ella.</numerusform>
            <numerusform>Ha respondido {0} de {1} preguntas. Aún falta responder %n preguntas obligatorias para poder terminar: elija una para ir a ella.</numerusform>
        </translation>
    </message>
    <message>
        <source>Go back to this question to change the answer</source>
        <translation>Volver a esta pregunta para cambiar la respuesta</translation>
    </message>
    <message>
        <source>No answers yet.</source>
        <translation>Aún no hay respuestas.</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>Ninguna de estas</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>(left empty)</source>
        <translation>(sin rellenar)</translation>
    </message>
    <message>
        <source>Finish and see results</source>
        <translation>Terminar y ver los resultados</translation>
    </message>
    <message>
        <source>{0} · answers for {1}</source>
        <translation>{0} · respuestas de {1}</translation>
    </message>
    <message>
        <source>{0}&apos;s answers</source>
        <translation>Respuestas de {0}</translation>
    </message>
    <message>
        <source>Go to this question</source>
        <translation>Ir a esta pregunta</translation>
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
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Sección siguiente</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>Sección anterior</translation>
    </message>
    <message>
        <source>Finish, on the review page</source>
        <translation>Terminar, en la página de revisión</translation>
    </message>
    <message>
        <source>Move between controls</source>
        <translation>Moverse entre los controles</translation>
    </message>
    <message>
        <source>Tab and Shift+Tab</source>
        <translation>Tab y Mayús+Tab</translation>
    </message>
    <message>
        <source>Choose an answer in a scale or list</source>
        <translation>Elegir una respuesta en una escala o lista</translation>
    </message>
    <message>
        <source>Arrow keys, then Space</source>
        <translation>Flechas y luego Espacio</translation>
    </message>
    <message>
        <source>Tick a box, press a button</source>
        <translation>Marcar una casilla, pulsar un botón</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Switch result tabs</source>
        <translation>Cambiar de pestaña de resultados</translation>
    </message>
    <message>
        <source>Ctrl+Tab and Ctrl+Shift+Tab</source>
        <translation>Ctrl+Tab y Ctrl+Mayús+Tab</translation>
    </message>
    <message>
        <source>A control with an underlined letter</source>
        <translation>Un control con una letra subrayada</translation>
    </message>
    <message>
        <source>Alt+that letter</source>
        <translation>Alt+esa letra</translation>
    </message>
    <message>
        <source>Open a menu</source>
        <translation>Abrir un menú</translation>
    </message>
    <message>
        <source>Alt, or F10</source>
        <translation>Alt, o F10</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
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
        <translation>Abrir &amp;un archivo de cuestionario…</translation>
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
        <source>H&amp;istory and trends</source>
        <translation>&amp;Historial y tendencias</translation>
    </message>
    <message>
        <source>Show r&amp;esult</source>
        <translation>&amp;Mostrar resultado</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s), about {0} minutes</source>
        <translation>
            <numerusform>%n pregunta, unos {0} minutos</numerusform>
            <numerusform>%n preguntas, unos {0} minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}–{1} questions, depending on the answers, about {2} minutes</source>
        <translation>{0}–{1} preguntas, según las respuestas, unos {2} minutos</translation>
    </message>
    <message numerus="yes">
        <source>{0}
%n answer(s) so far, last changed {1}</source>
        <translation>
            <numerusform>{0}
%n respuesta hasta ahora, último cambio: {1}</numerusform>
            <numerusform>{0}
%n respuestas hasta ahora, último cambio: {1}</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the history of your results</source>
        <translation>Mostrar el historial de sus resultados</translation>
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
        <source>{0}–{1} questions, depending on the answers</source>
        <translation>{0}–{1} preguntas, según las respuestas</translation>
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
    <name>Tables</name>
    <message>
        <source>Column headers</source>
        <translation>Encabezados de columna</translation>
    </message>
    <message>
        <source>Row headers</source>
        <translation>Encabezados de fila</translation>
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
    <name>WhatIfOutcome</name>
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
        <source>not placed</source>
        <translation>sin nivel</translation>
    </message>
    <message>
        <source>Projected level: {0} (now {1})</source>
        <translation>Nivel proyectado: {0} (ahora {1})</translation>
    </message>
    <message>
        <source>ready (still short: {0})</source>
        <translation>preparado (aún falta: {0})</translation>
    </message>
    <message>
        <source>not ready yet (still short: {0})</source>
        <translation>aún no preparado (aún falta: {0})</translation>
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
        <source>Fit to {0}: {1} (now {2}) · {3}</source>
        <translation>Encaje con {0}: {1} (ahora {2}) · {3}</translation>
    </message>
    <message>
        <source>Nothing left to do: every target of this role is met.</source>
        <translation>No queda nada por hacer: se cumplen todos los objetivos de este perfil.</translation>
    </message>
    <message numerus="yes">
        <source>Remaining path: %n step(s), about {0} hours.</source>
        <translation>
            <numerusform>Itinerario restante: %n paso, unas {0} horas.</numerusform>
            <numerusform>Itinerario restante: %n pasos, unas {0} horas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remaining path: %n step(s), {0} hours, and still short in {1}.</source>
        <translation>
            <numerusform>Itinerario restante: %n paso, {0} horas, y aún falta en {1}.</numerusform>
            <numerusform>Itinerario restante: %n pasos, {0} horas, y aún falta en {1}.</numerusform>
        </translation>
    </message>
    <message>
        <source>no level</source>
        <translation>sin nivel</translation>
    </message>
    <message>
        <source>{0}. {1} — {2} h → {3}</source>
        <translation>{0}. {1} — {2} h → {3}</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>sin objetivo</translation>
    </message>
</context>
<context>
    <name>WhatIfView</name>
    <message>
        <source>Result the plan starts from</source>
        <translation>Resultado del que parte el plan</translation>
    </message>
    <message>
        <source>Target r&amp;ole:</source>
        <translation>Perfil &amp;objetivo:</translation>
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
        <translation>Resta&amp;blecer puntuaciones</translation>
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
        <translation>Guardar &amp;plan</translation>
    </message>
    <message>
        <source>Save the ticked milestones as a plan</source>
        <translation>Guardar los hitos marcados como plan</translation>
    </message>
    <message>
        <source>Saved plans</source>
        <translation>Planes guardados</translation>
    </message>
    <message>
        <source>&amp;Based on result:</source>
        <translation>Basa&amp;do en el resultado:</translation>
    </message>
    <message>
        <source>A plan keeps the role, the ticked milestones and any score you changed with a slider.</source>
        <translation>Un plan guarda el perfil, los hitos marcados y cualquier puntuación que haya cambiado con un control deslizante.</translation>
    </message>
    <message>
        <source>Lo&amp;ad selected plan</source>
        <translation>Cargar el plan &amp;seleccionado</translation>
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
        <source>{0} (was {1})</source>
        <translation>{0} (antes {1})</translation>
    </message>
    <message>
        <source>{0}
{1:g} hours · raises {2}</source>
        <translation>{0}
{1:g} horas · eleva {2}</translation>
    </message>
    <message numerus="yes">
        <source>{0} · {1} · %n milestone(s) done</source>
        <translation>
            <numerusform>{0} · {1} · %n hito realizado</numerusform>
            <numerusform>{0} · {1} · %n hitos realizados</numerusform>
        </translation>
    </message>
    <message>
        <source>Scores set: {0}</source>
        <translation>Puntuaciones fijadas: {0}</translation>
    </message>
    <message>
        <source>Could not save the plan</source>
        <translation>No se pudo guardar el plan</translation>
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
