# At the counter, in the fidele command: member numbers, finding a customer, sales and points.
cli-show-member-number = card no.
