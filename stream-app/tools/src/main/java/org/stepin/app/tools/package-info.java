/**
 * The {@code ./detector} launcher's commands for analysts and for trying the pipeline out: {@code demo} (an
 * embedded broker and sample conversations), {@code score} and {@code explain} (one message or many, with the
 * evidence), {@code replay} (a history through the real topology, in memory) and {@code evaluate} (quality on
 * labelled data), added to the runtime's {@code run} and {@code topics} by {@link org.stepin.app.tools.Tools}.
 * {@link org.stepin.app.tools.Main} is the only class here that writes to the process streams or exits.
 */
package org.stepin.app.tools;
