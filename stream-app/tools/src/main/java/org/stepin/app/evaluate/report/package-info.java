/**
 * How evaluation results are shown: a readable table per data set on stdout, the same as JSON lines,
 * and a self-contained HTML report (tables, ROC and PR charts drawn with XChart as embedded PNG, the
 * C-SSRS escalation table, worst mistakes with personal details masked by detector-core's strict
 * scanner, data set credits).
 */
package org.stepin.app.evaluate.report;
