package com.frontegg.identity.android

import androidx.lifecycle.DefaultLifecycleObserver
import androidx.lifecycle.LifecycleOwner
import androidx.lifecycle.ProcessLifecycleOwner
import com.frontegg.identity.AsyncSession
import com.frontegg.identity.mobile.DEFAULT_FOREGROUND_MARGIN
import com.frontegg.identity.mobile.ForegroundRefresh
import com.frontegg.identity.mobile.refreshOnForeground
import java.time.Duration
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Job
import kotlinx.coroutines.launch

/**
 * Refreshes [session] ahead of expiry each time the app comes to the
 * foreground (the process lifecycle's `onStart`); [onResult] hears what
 * happened (sign the user out on `ForegroundRefresh.SignedOut`; a
 * transient failure is `Deferred` and keeps them signed in).
 * Call [stop] when the session ends.
 */
class SessionLifecycle(
    private val session: AsyncSession,
    private val scope: CoroutineScope,
    private val margin: Duration = DEFAULT_FOREGROUND_MARGIN,
    private val onResult: (ForegroundRefresh) -> Unit = {},
) : DefaultLifecycleObserver {
    private var running: Job? = null

    fun start() = ProcessLifecycleOwner.get().lifecycle.addObserver(this)

    fun stop() {
        ProcessLifecycleOwner.get().lifecycle.removeObserver(this)
        running?.cancel()
    }

    override fun onStart(owner: LifecycleOwner) {
        if (running?.isActive == true) return
        running = scope.launch { onResult(session.refreshOnForeground(margin)) }
    }
}
