package org.tablero.identity;

/** A token just created: {@link #secret()} is shown to its owner this once and stored only as a hash. */
public record NewApiToken(ApiToken token, String secret) {}
