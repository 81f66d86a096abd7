# Why a valuable customer seems to be drifting away: how often they came and when they last
# came, from the figures crates/analytics gives ($everyUnit and $agoUnit: day, week, month,
# year; $agoUnit is "today" when they came today).

drift-reason = came { $everyUnit ->
    [day] { $everyN ->
        [one] every day
       *[other] every { $everyN } days
    }
    [week] { $everyN ->
        [one] every week
       *[other] every { $everyN } weeks
    }
    [month] { $everyN ->
        [one] every month
       *[other] every { $everyN } months
    }
   *[year] { $everyN ->
        [one] every year
       *[other] every { $everyN } years
    }
}; last visit { $agoUnit ->
    [today] today
    [day] { $agoN ->
        [one] { $agoN } day ago
       *[other] { $agoN } days ago
    }
    [week] { $agoN ->
        [one] { $agoN } week ago
       *[other] { $agoN } weeks ago
    }
    [month] { $agoN ->
        [one] { $agoN } month ago
       *[other] { $agoN } months ago
    }
   *[year] { $agoN ->
        [one] { $agoN } year ago
       *[other] { $agoN } years ago
    }
}
