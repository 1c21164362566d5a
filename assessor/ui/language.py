"""The app in the person's language: the language chosen (a saved setting, else the system
locale), Qt translators for Assessor's own widgets and for Qt's standard dialogs, and the
Language menu that changes the setting (applied at the next start)."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from assessor.app.prompts import Prompts
from assessor.core import i18n
from assessor.core.atomic import write_atomic
from assessor.core.paths import resource_path, user_data_dir

SETTING_FILE = "ui-language.json"
# Each language named in itself, as language menus do, so anyone can find their own.
LANGUAGE_NAMES = {"en": "English", "es": "Español"}


def setting_path() -> Path:
    return user_data_dir() / SETTING_FILE


def saved_language() -> str | None:
    """The language the person chose in the Language menu, or None for the system's."""
    try:
        data = json.loads(setting_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    value = data.get("language") if isinstance(data, dict) else None
    return value if isinstance(value, str) and value in i18n.installed_languages() else None


def save_language(language: str | None) -> None:
    write_atomic(setting_path(), json.dumps({"language": language}).encode("utf-8"))


def choose_language(saved: str | None, system_locale: str) -> str:
    """The saved choice if installed, else the system locale's language if installed, else
    English."""
    installed = i18n.installed_languages()
    if saved in installed:
        return str(saved)
    system = i18n.base_language(system_locale)
    return system if system in installed else i18n.SOURCE_LANGUAGE


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load Assessor's and Qt's own catalogues for `language` into `app`, make QLocale and
    the Qt-free sentences follow it, and return the translators installed."""
    i18n.set_language(language)
    QLocale.setDefault(QLocale(language))
    installed: list[QTranslator] = []
    if language == i18n.SOURCE_LANGUAGE:
        return installed
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"assessor_{language}.qm", str(resource_path(""))),
                         (f"qtbase_{language}.qm", qt_folder)):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
    i18n.set_language(i18n.SOURCE_LANGUAGE)
    QLocale.setDefault(QLocale.system())  # what QLocale() was before any language was set


class LanguageMenu(QObject):
    """File ▸ Language: System default, then every installed language."""

    def __init__(self, menu: QMenu, prompts: Prompts) -> None:
        super().__init__(menu)
        self._prompts = prompts
        self.menu = menu
        group = QActionGroup(self)
        saved = saved_language()
        choices: list[tuple[str | None, str]] = [(None, self.tr("System default"))]
        choices += [(tag, LANGUAGE_NAMES.get(tag, tag)) for tag in i18n.installed_languages()]
        for tag, label in choices:
            action = QAction(label, self)
            action.setCheckable(True)
            action.setChecked(tag == saved)
            action.setData(tag)
            action.triggered.connect(lambda _checked=False, chosen=tag: self._choose(chosen))
            group.addAction(action)
            menu.addAction(action)

    def _choose(self, language: str | None) -> None:
        if language == saved_language():
            return
        try:
            save_language(language)
        except OSError as exc:
            self._prompts.show_error(self.tr("Could not save the language"), str(exc))
            return
        self._prompts.show_info(
            self.tr("Language"),
            self.tr("The language changes the next time you start Assessor."))


def add_language_menu(parent_menu: QMenu, prompts: Prompts,
                      before: QAction | None = None) -> LanguageMenu:
    """A Language submenu in `parent_menu`, above `before` (at the end without one)."""
    menu = QMenu(QCoreApplication.translate("LanguageMenu", "&Language"), parent_menu)
    if before is None:
        parent_menu.addMenu(menu)
    else:
        parent_menu.insertMenu(before, menu)
    return LanguageMenu(menu, prompts)
