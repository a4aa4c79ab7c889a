package com.frontegg.identity.mobile

import com.frontegg.identity.AsyncSession
import com.frontegg.identity.core.FronteggException
import java.time.Duration

/** What [refreshOnForeground] did. */
sealed class ForegroundRefresh {
    /** The access token was good for longer than the margin: nothing sent. */
    object StillValid : ForegroundRefresh()

    /** The tokens were renewed. */
    object Refreshed : ForegroundRefresh()

    /**
     * The refresh could not reach Frontegg or Frontegg could not answer
     * (network, timeout, 5xx, 429): the user stays signed in and the next
     * call or foreground tries again.
     */
    class Deferred(val error: FronteggException) : ForegroundRefresh()

    /**
     * Frontegg refused the refresh token (401), or the session can no longer
     * renew itself: the user must sign in again.
     */
    class SignedOut(val error: FronteggException) : ForegroundRefresh()

    /** There was no session to refresh. */
    object NotSignedIn : ForegroundRefresh()
}

/** The margin [refreshOnForeground] refreshes within, unless told otherwise. */
val DEFAULT_FOREGROUND_MARGIN: Duration = Duration.ofMinutes(5)

/**
 * Call when the app returns to the foreground (Android: `SessionLifecycle`
 * in the `android` library does): renews the tokens when the access token
 * expires within [margin], so the first call after a long pause does not
 * wait on a refresh. A transient failure never signs the user out.
 */
suspend fun AsyncSession.refreshOnForeground(
    margin: Duration = DEFAULT_FOREGROUND_MARGIN,
    now: () -> Double = { System.currentTimeMillis() / 1000.0 },
): ForegroundRefresh {
    if (!isSignedIn()) return ForegroundRefresh.NotSignedIn
    val expiresAt = expiresAt() ?: return ForegroundRefresh.StillValid
    if (expiresAt - now() > margin.toMillis() / 1000.0) return ForegroundRefresh.StillValid
    return try {
        refresh()
        ForegroundRefresh.Refreshed
    } catch (error: FronteggException) {
        // The session decides: a 401 (or a refresh token it will never send
        // again) ends it; anything else leaves it signed in.
        if (error is FronteggException.Unauthorized || !isSignedIn()) {
            ForegroundRefresh.SignedOut(error)
        } else {
            ForegroundRefresh.Deferred(error)
        }
    }
}
