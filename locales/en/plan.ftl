## plan
