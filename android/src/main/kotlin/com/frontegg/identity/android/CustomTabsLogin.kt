package com.frontegg.identity.android

import android.app.Activity
import android.content.Intent
import android.net.Uri
import androidx.browser.customtabs.CustomTabsIntent
import com.frontegg.identity.AsyncSession
import com.frontegg.identity.mobile.HostedLoginFlow

/**
 * Hosted login in a Custom Tab: [open] shows the authorize URL, and the
 * activity that receives the redirect (an intent filter on the redirect
 * URI's scheme) passes its intent to [complete].
 */
class CustomTabsLogin(private val flow: HostedLoginFlow) {
    /** Opens the sign-in page in a Custom Tab (the default browser when none supports them). */
    fun open(activity: Activity) {
        CustomTabsIntent.Builder().build().launchUrl(activity, Uri.parse(flow.start()))
    }

    /** Whether [intent] carries a redirect for a pending login. */
    fun isCallback(intent: Intent?): Boolean = intent?.data != null && flow.isPending

    /** The session for the redirect in [intent]; see [HostedLoginFlow.complete]. */
    suspend fun complete(intent: Intent): AsyncSession =
        flow.complete(intent.dataString ?: throw IllegalArgumentException("the intent carries no redirect URI"))
}
