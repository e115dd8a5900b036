/** Integration tests against a real embedded broker. */
package org.stepin.app.it;
