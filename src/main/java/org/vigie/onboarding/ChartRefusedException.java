package org.vigie.onboarding;

/** The chart refused to render: its values schema or one of its checks said why, naming the key. */
public class ChartRefusedException extends RuntimeException {

    ChartRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
