"""Plain resource files (icons, style sheets) read with importlib.resources."""
