## load
