/**
 * The pipeline's small HTTP server on the JDK's {@code HttpServer}: Prometheus metrics and liveness and readiness
 * for operators and orchestrators, with room for more handlers (the alert feed) on the same port.
 */
package org.stepin.app.http;
