package com.frontegg.identity.android

import android.content.Context
import androidx.startup.Initializer

/**
 * TLS through Android's trust manager (`TlsRoots.PLATFORM`, the default on
 * Android): the native verifier needs the app's Context once. The
 * [PlatformTlsInitializer] in this library's manifest calls [init] when the
 * app starts; an app that turned androidx.startup off calls it itself in
 * `Application.onCreate`.
 */
object PlatformTls {
    @Volatile
    private var ready = false

    init {
        System.loadLibrary("frontegg_identity_ffi")
    }

    fun init(context: Context) = synchronized(this) {
        if (!ready) {
            check(nativeInit(context.applicationContext)) { "the TLS platform verifier could not be initialised" }
            ready = true
        }
    }

    @JvmStatic
    private external fun nativeInit(context: Context): Boolean
}

/** Runs [PlatformTls.init] at app start (androidx.startup). */
class PlatformTlsInitializer : Initializer<PlatformTls> {
    override fun create(context: Context): PlatformTls = PlatformTls.apply { init(context) }

    override fun dependencies(): List<Class<out Initializer<*>>> = emptyList()
}
