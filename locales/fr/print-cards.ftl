# Les mots imprimés sur une carte (crates/printing). Sélecteurs passés par le code :
#   $salutation : mr, mrs, ms, none (pas de civilité connue), family (la carte d'un foyer)
#   $register : formal (civilité et nom) ou informal (prénom), selon le client ; la carte
#               entière parle sur ce ton. La carte vouvoie toujours ; l'accord suit la civilité.

## Comment la carte s'ouvre, sans ponctuation. $first : le prénom (le nom à défaut), $last : le
## nom, $full : les deux.
print-card-opening =
    { $register ->
        [informal]
            { $salutation ->
                [mr] Cher { $first }
                [mrs] Chère { $first }
                [ms] Chère { $first }
               *[none] Bonjour { $first }
            }
       *[formal]
            { $salutation ->
                [mr] Cher Monsieur { $last }
                [mrs] Chère Madame { $last }
                [ms] Chère Madame { $last }
               *[none] Bonjour { $full }
            }
    }
print-card-opening-anonymous = Chère cliente, cher client
print-card-opening-family = Chère famille { $family }
print-card-opening-line = { $opening },

## Le vœu imprimé au recto, selon l'occasion du motif.
print-card-greeting-new-year = Bonne année
print-card-greeting-valentine = Joyeuse Saint-Valentin
print-card-greeting-spring = Joyeux printemps
print-card-greeting-easter = Joyeuses Pâques
print-card-greeting-may = Un joli mois de mai
print-card-greeting-summer = Bel été
print-card-greeting-holidays = Bonnes vacances
print-card-greeting-late-summer = Un bel été
print-card-greeting-back-to-school = Bonne rentrée
print-card-greeting-halloween = Joyeux Halloween
print-card-greeting-autumn = Bel automne
print-card-greeting-christmas = Joyeux Noël
print-card-greeting-year-end = Joyeuses fêtes
print-card-greeting-songkran = Joyeux Songkran
print-card-greeting-loy-krathong = Joyeux Loy Krathong
print-card-greeting-birthday = Joyeux anniversaire
print-card-greeting-anniversary = Déjà un an ensemble

## Le message tout prêt de l'occasion, que le commerçant garde ou réécrit.
print-card-message-new-year =
    { $register ->
        [informal] Toute l'équipe vous souhaite une très belle année, pleine de petits bonheurs. Merci d'être là !
       *[formal] Toute l'équipe vous souhaite une belle et heureuse année, pleine de petits bonheurs. Merci de votre fidélité !
    }
print-card-message-christmas =
    { $salutation ->
        [mr] Nous vous souhaitons de joyeuses fêtes de fin d'année, entouré de ceux que vous aimez.
        [mrs] Nous vous souhaitons de joyeuses fêtes de fin d'année, entourée de ceux que vous aimez.
        [ms] Nous vous souhaitons de joyeuses fêtes de fin d'année, entourée de ceux que vous aimez.
        [family] Nous vous souhaitons de joyeuses fêtes de fin d'année, entourés de ceux que vous aimez.
       *[none] Nous vous souhaitons de joyeuses fêtes de fin d'année, auprès de ceux que vous aimez.
    }
print-card-message-year-end =
    { $register ->
        [informal] Nous vous souhaitons de très belles fêtes et une belle fin d'année. Merci d'être là !
       *[formal] Nous vous souhaitons de très belles fêtes de fin d'année et vous remercions de votre fidélité.
    }
print-card-message-songkran =
    { $register ->
        [informal] Joyeux Songkran ! Toute l'équipe vous souhaite une nouvelle année thaïe pleine de fraîcheur et de bonheur.
       *[formal] Toute l'équipe vous souhaite un joyeux Songkran et une nouvelle année thaïe pleine de fraîcheur et de bonheur.
    }
print-card-message-loy-krathong =
    { $register ->
        [informal] Que les lumières de Loy Krathong emportent vos soucis au fil de l'eau. Merci d'être là !
       *[formal] Que les lumières de Loy Krathong emportent vos soucis au fil de l'eau. Merci de votre fidélité !
    }
print-card-message-season =
    { $register ->
        [informal] Nous pensons à vous et serions ravis de vous revoir très vite en boutique !
       *[formal] Nous pensons à vous et serions ravis de vous revoir bientôt en boutique.
    }
print-card-message-birthday =
    { $register ->
        [informal] Joyeux anniversaire de la part de toute l'équipe, et une année pleine de belles surprises !
       *[formal] Toute l'équipe vous souhaite un très joyeux anniversaire et une année pleine de belles surprises.
    }
print-card-message-anniversary =
    { $register ->
        [informal] Il y a un an, vous poussiez notre porte pour la première fois. Merci pour cette belle année ensemble !
       *[formal] Il y a un an, vous poussiez notre porte pour la première fois. Merci pour cette belle année à vos côtés.
    }

## La ligne personnelle sous le message. $date : le jour et le mois (« 3 mars »).
print-card-thanks =
    { $register ->
        [informal] Merci pour votre passage du { $date }, à très vite !
       *[formal] Merci pour votre visite du { $date }, à très bientôt !
    }
print-card-offer =
    { $purchase ->
        [first] −{ $percent } % sur votre premier achat, jusqu'au { $date }.
       *[next] −{ $percent } % sur votre prochain achat, jusqu'au { $date }.
    }
print-card-offer-code = Code avantage : { $code }

## Le côté adresse.
print-card-stamp = Timbre
print-card-signature = Toute l'équipe de { $shop }
