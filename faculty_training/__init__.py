"""faculty_training: a reusable Wagtail app for joint faculty training programmes."""
