# Settings → About: which build this is, for a report of a problem.
settings-about-title = Over Fidèle
settings-about-version = Versie { $version }
settings-about-build = Revisie { $commit }
