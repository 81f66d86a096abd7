# Les mots de la commande `fidele` : ce qu'elle écrit pour les gens (--json reste des données ;
# l'aide de clap reste en anglais). En français, 0 et 1 sont au singulier.

## Noms comptés

cli-count-customer = { $n ->
    [one] { $n } client
   *[other] { $n } clients
}
cli-count-gold-customer = { $n ->
    [one] { $n } client en or
   *[other] { $n } clients en or
}
cli-count-household = { $n ->
    [one] { $n } foyer
   *[other] { $n } foyers
}
cli-count-purchase = { $n ->
    [one] { $n } achat
   *[other] { $n } achats
}
cli-count-interaction = { $n ->
    [one] { $n } échange
   *[other] { $n } échanges
}
cli-count-consent-event = { $n ->
    [one] { $n } consentement
   *[other] { $n } consentements
}
cli-count-reminder = { $n ->
    [one] { $n } rappel
   *[other] { $n } rappels
}
cli-count-referral = { $n ->
    [one] { $n } parrainage
   *[other] { $n } parrainages
}
cli-count-card = { $n ->
    [one] { $n } carte
   *[other] { $n } cartes
}
cli-count-new-card = { $n ->
    [one] { $n } nouvelle carte
   *[other] { $n } nouvelles cartes
}
cli-count-page = { $n ->
    [one] { $n } page
   *[other] { $n } pages
}
cli-count-receipt = { $n ->
    [one] { $n } ticket
   *[other] { $n } tickets
}
cli-count-second = { $n ->
    [one] { $n } seconde
   *[other] { $n } secondes
}
cli-milliseconds = { $n } ms

## Le fichier clients

cli-init-ready = { $path } est prêt (version du schéma { $version })
cli-init-exists = { $path } existe déjà ; rien n'a été changé
cli-missing-file = { $path } n'existe pas : créez-le avec `fidele init` (ou nommez un autre fichier avec --db ou FIDELE_DB) ; rien n'a été créé
cli-no-such-file = { $path } n'existe pas
cli-demo-not-empty = { $path } contient déjà des clients ; la boutique de démonstration va dans un fichier vide (ou ajoutez --force)
cli-demo-done = boutique de démonstration : { $customers }, { $households }, { $purchases }, { $interactions }
cli-lang-unknown = --lang : « { $value } » n'est pas une langue que Fidèle parle ; utilisez fr, nl, en ou th

## Un fichier clients occupé

cli-busy-the-file = le fichier clients
cli-busy-cause = { $writer ->
    [import] une autre importation écrit dans ce fichier
    [app] l'application Fidèle écrit dans ce fichier
   *[other] un autre programme écrit dans ce fichier
}
cli-busy-advice = { $writer ->
    [import] relancez la commande une fois l'importation terminée
    [app] relancez la commande dans un instant, ou fermez d'abord l'application Fidèle
   *[other] relancez la commande dans un instant
}
cli-busy-waiting = { $path } est occupé : { $cause } ; attente (jusqu'à { $limit })...
cli-busy-failed = { $path } est occupé : { $cause } ; attendu { $limit }, rien n'a été écrit : { $advice } (FIDELE_BUSY_WAIT_MS règle l'attente)

## Listes

cli-page-hint = ({ $shown } sur { $total } affichés ; --limit et --offset tournent les pages, --all les montre tous)

## Importations

cli-separator-tab = tabulation
cli-import-file = { $path } : { $format }, { $encoding }
cli-import-file-separator = { $path } : { $format }, { $encoding }, séparateur { $separator }
cli-import-till = { $path } : export { $till }, { $encoding }, séparateur { $separator }
cli-import-columns = colonnes : { $columns }
cli-import-columns-remembered = colonnes (comme retenues pour ces en-têtes) : { $columns }
cli-import-customers-summary = { $new ->
    [one] { $new } nouveau client
   *[other] { $new } nouveaux clients
}, { $updated } mis à jour, { $duplicates ->
    [one] { $duplicates } doublon
   *[other] { $duplicates } doublons
}, { $rejected ->
    [one] { $rejected } refusé
   *[other] { $rejected } refusés
}, { $warnings ->
    [one] { $warnings } avertissement
   *[other] { $warnings } avertissements
}
cli-import-action = { $action ->
    [new] nouveau
    [update] mise à jour
    [duplicate] doublon
   *[other] { $action }
}
cli-import-row = ligne { $line } : { $action } { $name }
cli-import-row-why = ligne { $line } : { $action } { $name } : { $why }
cli-import-rejected = ligne { $line } : refusée : { $reason }
cli-import-warning = ligne { $line } : avertissement : colonne « { $column } » : { $text } ({ $field ->
    [phone] gardé tel que saisi
   *[other] laissé de côté
})
cli-import-purchases-summary = { $imported ->
    [one] { $imported } achat
   *[other] { $imported } achats
} { $dry ->
    [yes] à importer
   *[no] { $imported ->
        [one] importé
       *[other] importés
    }
} ({ $refunds ->
    [one] { $refunds } remboursement
   *[other] { $refunds } remboursements
}, { $linked ->
    [one] { $linked } rattaché à sa vente
   *[other] { $linked } rattachés à leur vente
}), { $duplicates ->
    [one] { $duplicates } déjà présent (ignoré)
   *[other] { $duplicates } déjà présents (ignorés)
}, { $newCustomers ->
    [one] { $newCustomers } nouveau client
   *[other] { $newCustomers } nouveaux clients
}, { $anonymous ->
    [one] { $anonymous } vente anonyme ignorée
   *[other] { $anonymous } ventes anonymes ignorées
}, { $rejected ->
    [one] { $rejected } refusé
   *[other] { $rejected } refusés
}, { $warnings ->
    [one] { $warnings } avertissement
   *[other] { $warnings } avertissements
}
cli-import-more-rejected = ... et { $n ->
    [one] { $n } autre refusé
   *[other] { $n } autres refusés
}
cli-import-purchase-warning = ligne { $line } : avertissement : { $text } (laissé de côté)
cli-import-more-warnings = ... et { $n ->
    [one] { $n } autre avertissement
   *[other] { $n } autres avertissements
}
cli-dry-run = essai à blanc : rien n'a été écrit
cli-one-transaction = écrit en une seule transaction

## Exportations

cli-export-written = { $what ->
    [labels] { $n ->
        [one] { $n } étiquette écrite
       *[other] { $n } étiquettes écrites
    }
   *[customers] { $n ->
        [one] { $n } client écrit
       *[other] { $n } clients écrits
    }
} dans { $path }

## Cartes et feuille de suivi

cli-cards-none-untouched = aucune carte à imprimer pour { $period } ; { $path } n'a pas été touché
cli-cards-written = { $path } : { $cards } sur { $pages } pour { $customers }
cli-cards-none = aucune carte à imprimer pour { $period }
cli-cards-skipped = { $n ->
    [one] { $n } laissé de côté
   *[other] { $n } laissés de côté
} : { $reasons }
cli-cards-skip-reason = { $n } { $reason ->
    [no_post_consent] sans accord pour le courrier
    [no_address] sans adresse
    [archived] { $n ->
        [one] archivé
       *[other] archivés
    }
    [erased] { $n ->
        [one] effacé
       *[other] effacés
    }
    [same_design_as_last] ayant déjà reçu ce modèle
   *[other] { $reason }
}
cli-cards-labels = { $path } : les étiquettes d'adresse correspondantes
cli-cards-recorded = enregistré comme envoi { $run } : { $cards }, « carte envoyée » pour { $customers }
cli-cards-nothing-new = rien de nouveau à enregistrer : tout le monde était déjà enregistré pour { $period }
cli-cards-not-recorded = non enregistré ({ $newCards }) : ajoutez --record une fois les cartes postées
cli-sheet-written = { $path } : la feuille de suivi de la semaine { $week }, du { $monday } au { $sunday } ({ $customers } à contacter)
cli-sheet-count = { $customers } à contacter la semaine { $week }, du { $monday } au { $sunday }
cli-sheet-drifting-left-out = les bons clients qui s'éloignent ont été laissés de côté : { $why }

## Sauvegardes et vérifications

cli-backed-up = sauvegardé dans { $path }
cli-restored = { $db } restauré depuis { $backup } ; l'ancien fichier est gardé sous { $kept }
cli-file-whole = le fichier clients est intact
cli-problems-found = { $n ->
    [one] { $n } problème trouvé
   *[other] { $n } problèmes trouvés
}

## La phrase de passe

cli-passphrase-question = { $path } est protégé par une phrase de passe : { $what ->
    [backup] donnez celle de la sauvegarde
   *[file] donnez-la
}
cli-passphrase-new = Nouvelle phrase de passe
cli-passphrase-again = Nouvelle phrase de passe, encore une fois
cli-passphrase-current = Phrase de passe actuelle
cli-passphrase-no-terminal = { $question } : définissez { $var } (pas de terminal où la demander)
cli-passphrase-differ = les deux phrases de passe diffèrent ; rien n'a été changé
cli-passphrase-not-utf8 = { $var } n'est pas de l'UTF-8 valide
cli-passphrase-unreadable = impossible de lire la phrase de passe : { $error }
cli-passphrase-no-file = { $path } n'existe pas (créez-le avec `fidele init`)
cli-passphrase-already = { $path } a déjà une phrase de passe : utilisez `fidele passphrase change`
cli-passphrase-set = { $path } est maintenant chiffré ; gardez la phrase de passe en lieu sûr : sans elle, le fichier ne peut pas être ouvert
cli-passphrase-none-use-set = { $path } n'a pas de phrase de passe : utilisez `fidele passphrase set`
cli-passphrase-none = { $path } n'a pas de phrase de passe
cli-passphrase-changed = la phrase de passe de { $path } est changée
cli-passphrase-removed = { $path } n'est plus chiffré

## Clients, achats, fusions

cli-show-company = société
cli-show-email = e-mail
cli-show-phone = téléphone
cli-show-address = adresse
cli-show-birthday = anniversaire
cli-show-household = foyer
cli-show-referred-by = parrainé par
cli-show-consents = accords
cli-show-tags = étiquettes
cli-show-preferences = préférences
cli-show-notes = notes
cli-show-purchases = achats
cli-show-purchases-total = { $purchases } pour { $total }
cli-refund-of = remboursement du n° { $id }
cli-undo-hint = pour revenir en arrière avant { $time } : fidele undo { $ticket }
cli-purchase-deleted = achat n° { $id } supprimé ; { $undo }
cli-merged = n° { $removed } fusionné dans n° { $kept } : { $purchases }, { $interactions }, { $consents }, { $reminders }, { $referrals } déplacés ; { $undo }
cli-merge-undone = fusion annulée : les clients n° { $kept } et n° { $other } sont revenus comme avant
cli-purchase-back = l'achat n° { $id } est revenu
cli-not-duplicates = n° { $a } et n° { $b } sont deux personnes : ils ne sont plus proposés comme doublons probables
cli-erase-confirm = effacer un client est définitif (la loi le veut ainsi) et ne peut pas être annulé : ajoutez --yes
cli-erased = client n° { $id } effacé : données personnelles supprimées ; { $n ->
    [one] { $n } achat gardé
   *[other] { $n } achats gardés
} anonymement dans les chiffres de la boutique
cli-timeline-purchase = achat
cli-timeline-consent = accord
cli-timeline-granted = donné
cli-timeline-withdrawn = retiré
cli-timeline-card = carte
cli-timeline-resolved = résolu
cli-timeline-ladder = échelle
cli-timeline-ladder-new = (nouveau)
cli-timeline-by-hand = (réglé à la main)

## Qui compte (fidele analyze)

cli-analyze-as-of = Au { $date } : { $customers }, dont { $buyers ->
    [one] { $buyers } acheteur
   *[other] { $buyers } acheteurs
}.
cli-analyze-ladder = Échelle de fidélité :
cli-analyze-pareto = 80/20 : { $gold } ({ $share } % des acheteurs) { $n ->
    [one] apporte
   *[other] apportent
} { $margin } % de la marge.
cli-analyze-segments = Segments RFM :
cli-analyze-bgnbd = BG/NBD (par semaine) : r={ $r } alpha={ $alpha } a={ $a } b={ $b } (log-vraisemblance { $ll })
cli-analyze-no-model = Pas de modèle de valeur à vie : { $why } ; les chiffres ci-dessous sont historiques.
cli-analyze-gamma = Gamma-Gamma : p={ $p } q={ $q } gamma={ $gamma }
cli-analyze-drifting = Ils s'éloignent :

## Erreurs d'utilisation que la commande trouve elle-même (celles du domaine ont leurs messages d'erreur)

cli-not-a-date = --{ $field } : « { $value } » n'est pas une date (AAAA-MM-JJ)
cli-not-a-separator = --delimiter : « { $value } » n'est pas un séparateur ; utilisez auto, « ; », « , » ou tab
cli-not-an-encoding = --encoding : « { $value } » n'est pas un encodage ; utilisez auto, utf-8, utf-8-bom, utf-16le, utf-16be, windows-1252 ou windows-874
cli-not-one-of = --{ $field } : « { $value } » n'est pas l'une des valeurs { $choices }
cli-newsletter-email-only = --consent : un export pour une lettre d'information ne contient que les clients d'accord pour l'e-mail
cli-household-labels-only = --household : seules les étiquettes s'adressent par foyer
cli-could-not-write = impossible d'écrire { $path } : { $error }
cli-could-not-write-output = impossible d'écrire la sortie : { $error }

## $env: the environment variable that holds the passphrase.
cli-passphrase-hint = (définissez { $env } ou lancez la commande dans un terminal)
