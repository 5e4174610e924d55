package org.vigie.notification;

/** How one attempt went: the HTTP status if one came back, else the error; whether to try again. */
record AttemptResult(Integer httpStatus, String error, long durationMs) {

    boolean delivered() {
        return httpStatus != null && httpStatus >= 200 && httpStatus < 300;
    }

    /** Network errors, timeouts and 5xx are worth another try; a 3xx or 4xx answer will not change. */
    boolean retryable() {
        return httpStatus == null || httpStatus >= 500;
    }
}
