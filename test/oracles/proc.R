# Oracle for DeLong: R's pROC (Debian's r-cran-proc). Reads a CSV (y, a, b)
# and prints, one per line: auc(a), auc(b), var(a), var(b), z, p, and the
# DeLong 95% CI of auc(a).
suppressMessages(library(pROC))
args <- commandArgs(trailingOnly = TRUE)
x <- read.csv(args[1])
r1 <- roc(x$y, x$a, levels = c(0, 1), direction = "<", quiet = TRUE)
r2 <- roc(x$y, x$b, levels = c(0, 1), direction = "<", quiet = TRUE)
t <- roc.test(r1, r2, method = "delong", paired = TRUE)
ci <- ci.auc(r1, method = "delong", conf.level = 0.95)
cat(sprintf("%.17g", c(auc(r1), auc(r2), var(r1), var(r2), unname(t$statistic), t$p.value, ci[1], ci[3])), sep = "\n")
