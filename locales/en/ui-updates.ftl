# Settings → Updates: Fidèle looks for a new version only when the shopkeeper allows or asks it.
updates-title = Updates
updates-check-at-start = Look for a new version when Fidèle starts
updates-offline-note = Off, Fidèle never connects to the internet on its own: the shop works offline.
updates-check-now = Check now
updates-checking = Looking for a new version…
updates-up-to-date = Fidèle { $version } is the newest version.
updates-available = Fidèle { $version } is available (you have { $current }).
updates-notes = What is new
updates-install = Install
updates-ask-title = Install Fidèle { $version }?
updates-ask-backup = The customer file is backed up first, in the backup folder; if that copy fails, nothing is installed.
updates-ask-restart = Your computer may ask for its password; Fidèle then restarts in the new version.
updates-ask-cancel = Not now
updates-installing = Verifying and installing Fidèle { $version }…
updates-installed = Installed. The customer file was backed up as { $backup }.
