# Pourquoi un bon client semble s'éloigner : à quel rythme il venait et quand il est venu pour
# la dernière fois ($everyUnit et $agoUnit : day, week, month, year ; $agoUnit vaut « today »
# s'il est venu aujourd'hui). Le français met une espace avant le point-virgule.

drift-reason = venait { $everyUnit ->
    [day] { $everyN ->
        [one] tous les jours
       *[other] tous les { $everyN } jours
    }
    [week] { $everyN ->
        [one] chaque semaine
       *[other] toutes les { $everyN } semaines
    }
    [month] { $everyN ->
        [one] chaque mois
       *[other] tous les { $everyN } mois
    }
   *[year] { $everyN ->
        [one] chaque année
       *[other] tous les { $everyN } ans
    }
} ; dernière visite { $agoUnit ->
    [today] aujourd'hui
    [day] { $agoN ->
        [one] il y a { $agoN } jour
       *[other] il y a { $agoN } jours
    }
    [week] { $agoN ->
        [one] il y a { $agoN } semaine
       *[other] il y a { $agoN } semaines
    }
    [month] il y a { $agoN } mois
   *[year] { $agoN ->
        [one] il y a { $agoN } an
       *[other] il y a { $agoN } ans
    }
}
