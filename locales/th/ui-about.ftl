# Settings → About: which build this is, for a report of a problem.
settings-about-title = เกี่ยวกับ Fidèle
settings-about-version = เวอร์ชัน { $version }
settings-about-build = รหัสการสร้าง { $commit }
