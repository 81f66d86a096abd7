# Ce qui ne va pas, dans les mots du commerçant : un message par code de
# fidele_domain::ErrorCode (error-<code>) et par sorte d'erreur de l'app (error-kind-*).

## Tout champ
error-empty = À remplir.
error-too-long = Plus de { $max } caractères.
error-more-than = Plus de { $max }.
error-more-than-percent = Plus de { $max } %.
error-negative = Ne peut pas être négatif.
error-not-in-range = « { $value } » n'est pas un nombre de { $min } à { $max }.
error-not-one-of = « { $value } » n'est pas l'un de : { $choices }.
error-not-whole-number = « { $value } » n'est pas un nombre entier.
error-not-yes-no = « { $value } » n'est ni oui ni non.
error-not-text = Texte illisible (le fichier change-t-il d'encodage ?).

## Clients
error-no-name = Donnez un nom : prénom, nom ou société.
error-not-an-email = « { $value } » n'est pas une adresse e-mail.
error-not-a-phone = « { $value } » n'est pas un numéro de téléphone.
error-phone-not-in-use = « { $value } » n'est pas un numéro de téléphone : ce nombre de chiffres ou ce préfixe n'existe pas ({ $country }).
error-not-a-country = « { $value } » n'est pas un pays : écrivez son code à deux lettres (FR, BE, NL, GB, TH…).
error-not-a-language = « { $value } » n'est ni le français, ni le néerlandais, ni l'anglais, ni le thaï.
error-in-the-future = { $value } est dans le futur.
error-refer-self = Un client ne peut pas se recommander lui-même.
error-no-such-customer = Le client n° { $id } n'existe pas.
error-no-such-household = Le foyer n° { $id } n'existe pas.
error-household-no-name = Donnez un nom au foyer.
error-household-self = Choisissez un autre client avec qui il vit.
error-customer-erased = Le client n° { $id } a été effacé : sa fiche ne peut plus changer.
error-same-customer = Un client est toujours la même personne que lui-même.

## Dates
error-no-such-month = Le mois { $month } n'existe pas.
error-not-a-day = { $value } n'est pas un jour du calendrier.
error-too-far-back = L'année { $year } est trop ancienne.
error-not-iso-birthday = « { $value } » n'est pas une date : écrivez AAAA-MM-JJ, ou --MM-JJ sans l'année.
error-not-a-birthday = « { $value } » n'est pas une date d'anniversaire (écrivez-la comme 14/07/1985, ou 14/07 sans l'année).
error-no-year = « { $value } » n'a pas d'année.
error-not-a-time = « { $value } » n'est pas une heure (écrivez-la comme 14:30).
error-not-a-date = « { $value } » n'est pas une date (écrivez-la comme 14/07/2024).
error-not-a-date-time = « { $value } » n'est pas une date et une heure.
error-not-a-month = « { $value } » n'est pas un mois (AAAA-MM).
error-not-a-week = « { $value } » n'est pas une semaine (AAAA-Sss, comme 2026-W11).
error-end-before-start = Le dernier jour est avant le premier.
error-period-too-long = Une période couvre au plus un an.
error-due-before-interaction = L'échéance est avant l'échange lui-même.

## Argent et achats
error-not-an-amount = « { $value } » n'est pas un montant (écrivez-le comme 12,50 ou 12.50).
error-too-precise = « { $value } » a plus de décimales que la devise n'en permet.
error-too-large = « { $value } » est trop grand.
error-not-a-currency = « { $value } » n'est pas un code de devise comme EUR ou THB.
error-amount-zero = Le montant est nul.
error-refund-not-negative = Un remboursement est un montant négatif.
error-margin-other-currency = La marge doit être dans la devise de l'achat.
error-refund-stays-linked = Un remboursement reste lié à l'achat qu'il rembourse : supprimez-le et enregistrez-en un nouveau.
error-less-than-refunded = { $refunded } de cet achat ont déjà été remboursés : le montant ne peut pas être inférieur.
error-has-refunds = Des remboursements renvoient à l'achat n° { $id } ({ $refunds }) : supprimez-les d'abord.
error-no-such-purchase = L'achat n° { $id } n'existe pas.
error-refund-of-refund = L'achat n° { $id } est lui-même un remboursement.
error-refund-other-customer = L'achat n° { $id } appartient à un autre client.
error-refund-currency = Doit être en { $currency }, la devise de l'achat n° { $id }.
error-refund-too-much = Plus que ce qu'il reste à rembourser de l'achat n° { $id } ({ $left }).

## Échanges et rappels
error-no-summary = Dites en quelques mots ce qui s'est passé.
error-no-resolution = Dites comment cela a été résolu.
error-no-title = Dites ce qu'il faut faire.
error-repeat-at-least-one = Répétez au moins tous les 1 jour ou 1 mois.

## La boutique et le fichier
error-logo-not-png = Le logo n'est pas une image PNG.
error-logo-too-large = Le logo dépasse { $max } Mo.
error-file-unreadable = Le fichier ne peut pas être lu ({ $detail }).
error-choose-file-again = Choisissez à nouveau le fichier.
error-passphrase-empty = La phrase secrète ne peut pas être vide.
error-passphrase-nul = La phrase secrète ne peut pas contenir de caractère NUL.
error-passphrase-missing = Donnez la phrase secrète actuelle.
error-passphrase-wrong = Ce n'est pas la phrase secrète actuelle.
error-undo-expired = Cela ne peut plus être annulé (une annulation est gardée { $minutes } minutes).
error-undo-changed-since = Le client fusionné a été modifié après la fusion : elle ne peut plus être annulée.
error-undo-customer-number-taken = Le numéro de client { $id } a été donné à quelqu'un d'autre depuis : la fusion ne peut plus être annulée.
error-undo-purchase-number-taken = Le numéro d'achat { $id } a été donné à une autre vente depuis : il ne peut plus être remis.
error-generate-again = Générez à nouveau les cartes, puis enregistrez-les.
error-newsletter-email-only = Un export pour la newsletter ne concerne que les clients qui acceptent les e-mails.

## Un fichier importé
error-file-empty = Le fichier est vide.
error-no-header = Le fichier n'a pas de ligne d'en-tête.
error-no-name-column = Aucune colonne ne contient de nom, d'e-mail, de téléphone ou de référence (colonnes : { $headers }). Indiquez laquelle.
error-missing-column = Le fichier doit avoir une colonne « { $column } » (colonnes : { $headers }).
error-no-cards = Le fichier ne contient aucune vCard.
error-no-column-named = Aucune colonne ne s'appelle « { $column } ».
error-no-column-number = Il n'y a pas de colonne { $n } (le fichier en a { $count }).
error-names-no-column = « { $value } » ne nomme aucune colonne.
error-not-a-mapping = « { $value } » n'est pas de la forme COLONNE=CHAMP.
error-field-count = { $found } champs alors que { $expected } sont attendus (un séparateur en trop ou en moins, ou un guillemet non fermé ?).
error-no-identity = Rien n'identifie personne : ni nom, ni société, ni e-mail, ni téléphone, ni référence.
error-not-a-sale = « { $value } » n'est pas une vente.
error-unknown-email = Aucun client n'a l'e-mail { $value }.
error-unknown-phone = Aucun client n'a le numéro de téléphone { $value }.
error-unknown-number = Aucun client n'a le numéro « { $value } ».
error-card-not-closed = La vCard n'est pas fermée par END:VCARD.
error-card-unreadable = La vCard ne peut pas être lue.
error-read-error = La lecture s'est arrêtée : { $detail }.

## Sortes d'erreurs
error-kind-invalid = Certains champs sont à corriger.
error-kind-not-found = { $what ->
    [customer] Le client n° { $id } n'existe pas (ou plus).
    [purchase] L'achat n° { $id } n'existe pas (ou plus).
    [interaction] Cet échange n'existe pas (ou plus).
    [reminder] Ce rappel n'existe pas (ou plus).
   *[other] Ce que vous demandez n'existe pas (ou plus).
}
error-kind-conflict = { $reason ->
    [locked] Ce fichier clients est déjà ouvert dans une autre fenêtre ou un autre programme Fidèle.
    [too-new] Ce fichier clients a été écrit par une version plus récente de Fidèle : mettez Fidèle à jour pour l'ouvrir. Il n'a pas été modifié.
    [not-fidele] Ce n'est pas un fichier clients Fidèle ; il n'a pas été modifié.
    [corrupt] Ce fichier clients est endommagé.
    [not-encrypted] Ce fichier clients n'est pas protégé par une phrase secrète.
    [not-empty] Le fichier clients n'est pas vide.
    [nobody] Personne ne reçoit de carte dans cet envoi.
   *[other] Ce n'est pas possible pour l'instant.
}
error-kind-needs-passphrase = Ce fichier clients est protégé par une phrase secrète : donnez-la pour l'ouvrir.
error-kind-wrong-passphrase = Phrase secrète incorrecte : le fichier n'a pas été modifié.
error-kind-read-only = Rien n'a été enregistré : ce fichier clients est en lecture seule (fichier, dossier ou disque protégé en écriture). Copiez-le dans un dossier où vous pouvez écrire pour le modifier.
error-kind-disk-full = Rien n'a été enregistré : le disque est plein. Le fichier clients est intact ; libérez de la place et réessayez.
error-kind-busy = { $writer ->
    [import] Le fichier clients est occupé : une importation y écrit en ce moment. Rien n'a été enregistré ; réessayez quand elle sera terminée.
   *[other] Le fichier clients est occupé : un autre programme y écrit en ce moment. Rien n'a été enregistré ; réessayez dans un instant.
}
error-kind-update = { $reason ->
    [unreachable] Impossible de joindre le serveur de mises à jour (pas d'internet, ou le serveur est arrêté). Fidèle fonctionne comme avant ; réessayez plus tard.
    [unreadable] La réponse du serveur de mises à jour est illisible : aucune mise à jour n'a été proposée.
    [bad-signature] Cette mise à jour a été refusée : sa signature ne correspond pas à celle de Fidèle. Elle a peut-être été modifiée ou ne vient pas des auteurs de Fidèle. Rien n'a été installé et le fichier clients est intact.
    [backup-failed] La mise à jour n'a pas été installée : le fichier clients n'a pas pu être sauvegardé d'abord. Vérifiez le dossier des sauvegardes dans les Réglages et réessayez.
    [install-failed] La mise à jour n'a pas été installée (l'installation a été annulée ou refusée). Fidèle et le fichier clients sont tels qu'avant.
   *[not-offered] Il n'y a plus de mise à jour à installer : vérifiez à nouveau.
}
error-kind-storage = Le fichier clients n'a pas pu être lu ou écrit ({ $detail }).
error-kind-internal = Un problème est survenu dans Fidèle ({ $detail }).
