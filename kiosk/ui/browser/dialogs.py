"""Choosers that QtWebEngine would open as native windows, refused inside the page itself.

QtWebEngine draws `<select>` and date pickers itself, inside the kiosk; its colour chooser is a
native QColorDialog that no page hook can refuse. A script in every frame cancels the click that
would open it (and `showPicker()`), so the window never appears; `WindowGuard` closes any window
that gets through all the same.
"""

from __future__ import annotations

from PySide6.QtWebEngineCore import QWebEngineProfile, QWebEngineScript

NAME = "kiosk-no-native-choosers"
SOURCE = """(() => {
  const native = (el) => el instanceof HTMLInputElement && el.type === "color";
  window.addEventListener("click", (event) => {
    const path = event.composedPath ? event.composedPath() : [event.target];
    if (path.some(native)) { event.preventDefault(); }
  }, true);
  const picker = HTMLInputElement.prototype.showPicker;
  if (picker) {
    HTMLInputElement.prototype.showPicker = function () {
      if (native(this)) { throw new DOMException("not on this computer", "NotAllowedError"); }
      return picker.call(this);
    };
  }
})();"""


def install_chooser_guard(profile: QWebEngineProfile) -> None:
    """Add the script to every page and frame of `profile`, before the page's own scripts."""
    script = QWebEngineScript()
    script.setName(NAME)
    script.setSourceCode(SOURCE)
    script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentCreation)
    # The page's own world: showPicker is the page's prototype; a listener added first, in the
    # capture phase at the window, sees every click before the page's own handlers can stop it.
    script.setWorldId(QWebEngineScript.ScriptWorldId.MainWorld)
    script.setRunsOnSubFrames(True)
    profile.scripts().insert(script)
