"""QtCore glue between the Qt-free logic and the widgets: content, idle/visits, sound, the bridge."""
