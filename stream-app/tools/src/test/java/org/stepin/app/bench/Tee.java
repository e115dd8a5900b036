package org.stepin.app.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import org.stepin.app.observe.PipelineListener;

/**
 * One listener that tells several, in order, every call, through a dynamic proxy rather than a method-by-method
 * forwarder: the benchmark's pipeline reports to its meters and to the {@link EmitTap}. Thread-safe when they are.
 */
final class Tee {
    private Tee() {
    }

    /** A listener telling each of {@code listeners}, in order. */
    static PipelineListener of(PipelineListener... listeners) {
        List<PipelineListener> all = List.of(listeners);
        return (PipelineListener) Proxy.newProxyInstance(PipelineListener.class.getClassLoader(),
                new Class<?>[] {PipelineListener.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return objectMethod(proxy, method, args, all);
                    }
                    for (PipelineListener listener : all) {
                        try {
                            method.invoke(listener, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    }
                    return null;
                });
    }

    private static Object objectMethod(Object proxy, Method method, Object[] args, List<PipelineListener> all) {
        return switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            default -> "Tee" + all;
        };
    }
}
