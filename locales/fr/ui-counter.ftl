# L'écran du comptoir, la carte de fidélité sur la fiche du client, les règles de fidélité dans les Réglages.
member-number = Carte n° { $number }
member-reissue = Carte perdue : nouveau numéro
member-reissue-title = Donner un nouveau numéro de carte à { $name } ?
member-reissue-what = La carte n° { $number } sera arrêtée : scannée, elle le dira et nommera ce client. Les points restent au client.
member-reissue-confirm = L'arrêter et donner un nouveau numéro
member-reissue-cancel = Garder ce numéro
member-reissued = Nouvelle carte n° { $number } ; l'ancienne est arrêtée.
