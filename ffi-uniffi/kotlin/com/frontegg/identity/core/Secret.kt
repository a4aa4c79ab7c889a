package com.frontegg.identity.core

/**
 * A secret: an access or refresh token, a password, an API key.
 *
 * Records print themselves in Kotlin (`toString()` of a data class), so
 * secrets travel wrapped: `toString()` shows `<redacted>`; read [value] on
 * purpose where the secret must be used.
 */
class Secret(val value: String) {
    override fun toString(): String = "<redacted>"

    override fun equals(other: Any?): Boolean = other is Secret && other.value == value

    override fun hashCode(): Int = value.hashCode()
}
