# The dashboard and who matters: stages, segments, the outlook.
dashboard-customers = Customers
dashboard-buyers =
    { $n ->
        [one] { $n } of them a buyer
       *[other] { $n } of them buyers
    }
dashboard-revenue = Revenue, last 12 months
dashboard-previous = Previous 12 months: { $amount }
dashboard-post = Accept post
dashboard-complaints = Open complaints
dashboard-no-complaints = No open complaint.
dashboard-overdue = Overdue follow-ups
dashboard-no-overdue = Nothing overdue.
dashboard-birthdays = Birthdays in the next 14 days
dashboard-no-birthdays = No birthday coming.
dashboard-turns = turns { $n }
dashboard-more = … and { $n } more
outlook-set-stage = Set the stage by hand
outlook-automatic = automatic
analysis-moves = This month: { $up } moved up, { $down } moved down, { $entered } new
analysis-title = Who matters
analysis-step-reading = Reading the customer file…
analysis-step-computing = Computing the ladder, segments and models…
analysis-step-recording = Recording the month's moves…
analysis-ladder = The loyalty ladder
analysis-pareto = The gold customers
analysis-pareto-headline = { $customers }% of customers bring { $margin }% of the margin
analysis-pareto-axis-customers = Share of customers (best first)
analysis-pareto-axis-margin = Share of margin
analysis-rfm = Recency × frequency (RFM)
analysis-rfm-recency = Recency
analysis-rfm-frequency = Frequency
analysis-segments = Segments
analysis-bucket = The leaky bucket: customers won and lost per month
analysis-gained = Won or back
analysis-lost = Lost
analysis-active = Active
analysis-drifting = Drifting away
analysis-no-drifting = No valuable customer is drifting away.
analysis-call-them = Call them
analysis-reminder-set = Reminder added
analysis-call-title = Call { $name }: { $reason }
analysis-clv-label = 12-month value: { $amount }
analysis-clv-help = What this customer should spend over the next 12 months, from their past purchases
analysis-no-phone = no phone on their record
analysis-see-all = See all { $n }
analysis-advocates = Advocates
analysis-referred =
    { $n } referred, { $b ->
        [one] { $b } buyer
       *[other] { $b } buyers
    }, { $revenue } in purchases
analysis-satisfied =
    { $n ->
        [one] { $n } customer with no complaint has not come back for a long time.
       *[other] { $n } customers with no complaint have not come back for a long time.
    }
analysis-model = BG/NBD model: r = { $r }, α = { $alpha } wk, a = { $a }, b = { $b }
analysis-no-model = Not enough history for a model ({ $reason }): values are historic.
stage-prospect = Prospect
stage-customer = Customer
stage-client = Client
stage-supporter = Supporter
stage-advocate = Advocate
stage-partner = Partner
segment-champions = Champions
segment-loyal = Loyal
segment-potential_loyalists = Potential loyalists
segment-new = New
segment-promising = Promising
segment-need_attention = Need attention
segment-about_to_sleep = About to sleep
segment-at_risk = At risk
segment-cant_lose_them = Can't lose them
segment-hibernating = Hibernating
segment-lost = Lost
outlook-title = Outlook
outlook-stage = Ladder
outlook-manual = set by hand
outlook-segment = RFM segment
outlook-p-alive = Chance still active
outlook-clv = Expected value, next 12 months
outlook-expected =
    { NUMBER($n, maximumFractionDigits: 1) ->
        [one] { NUMBER($n, maximumFractionDigits: 1) } purchase expected in 12 months
       *[other] { NUMBER($n, maximumFractionDigits: 1) } purchases expected in 12 months
    }
outlook-why-repeat = Estimated from their own buying rhythm and baskets.
outlook-why-one_time_buyer = One purchase only: the estimate leans on your customers as a whole.
outlook-why-no_purchase = No purchase yet: the ladder, segment and expected value appear after their first purchase.
outlook-why-historic = Not yet enough regular customers for a model: their last 12 months, repeated.
