## diff
