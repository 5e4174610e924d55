package org.vigie.security;

/** A Spring Security principal that knows the console caller behind it. */
public interface CallerPrincipal {

    Caller caller();
}
