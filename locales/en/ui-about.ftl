# Settings → About: which build this is, for a report of a problem.
settings-about-title = About Fidèle
settings-about-version = Version { $version }
settings-about-build = Build { $commit }
