"""URL configurations of the plugin; the host includes them under its language prefixes."""
