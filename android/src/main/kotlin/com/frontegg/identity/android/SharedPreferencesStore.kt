package com.frontegg.identity.android

import android.content.Context
import android.content.SharedPreferences
import com.frontegg.identity.core.TokenStorage
import com.frontegg.identity.mobile.CiphertextStore
import com.frontegg.identity.mobile.KeystoreTokenStorage

/** Ciphertext in the app's private SharedPreferences file [file]. */
class SharedPreferencesStore(context: Context, val file: String = "frontegg_identity") : CiphertextStore {
    private val preferences: SharedPreferences = context.applicationContext.getSharedPreferences(file, Context.MODE_PRIVATE)

    override fun read(name: String): String? = preferences.getString(name, null)

    // commit(), not apply(): a session must be on disk before the SDK goes on.
    override fun write(name: String, value: String) {
        preferences.edit().putString(name, value).commit()
    }

    override fun remove(name: String) {
        preferences.edit().remove(name).commit()
    }
}

/** The session kept encrypted on this device: an Android Keystore key, ciphertext in SharedPreferences. */
fun keystoreTokenStorage(context: Context): TokenStorage =
    KeystoreTokenStorage(AndroidKeystoreKeys(), SharedPreferencesStore(context))
