"""Pure routing: parsed complaint + directory + clock in, Decision out."""
