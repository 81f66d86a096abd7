# Settings → About: which build this is, for a report of a problem.
settings-about-title = À propos de Fidèle
settings-about-version = Version { $version }
settings-about-build = Révision { $commit }
