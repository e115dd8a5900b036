/**
 * The one-command demo: an embedded broker, the pipeline, and the team's sample conversations played over
 * simulated days, with alerts printed as they arrive.
 */
package org.stepin.app.demo;
