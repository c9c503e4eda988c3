"""The municipality's publishing: the source folder, build, sign, upload, history and undo (Qt-free)."""
