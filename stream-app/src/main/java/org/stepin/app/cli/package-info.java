/**
 * The {@code ./detector} command line: one launcher, one subcommand per job. Machine-readable output
 * (JSON lines) goes to stdout, diagnostics to stderr, and bad input ends with a non-zero exit and a
 * one-line reason. {@link org.stepin.app.cli.Main} is the only class that writes to the process
 * streams directly or exits.
 */
package org.stepin.app.cli;
