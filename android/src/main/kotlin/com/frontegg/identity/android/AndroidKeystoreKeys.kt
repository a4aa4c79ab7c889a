package com.frontegg.identity.android

import android.security.keystore.KeyGenParameterSpec
import android.security.keystore.KeyProperties
import com.frontegg.identity.mobile.SessionKeyProvider
import java.security.KeyStore
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey

/**
 * An AES-256 key in the Android Keystore under [alias], for GCM only,
 * created on first use. It never leaves the Keystore (the app sees a
 * handle), so a copied preferences file cannot be decrypted elsewhere.
 */
class AndroidKeystoreKeys(val alias: String = "frontegg.session.key") : SessionKeyProvider {
    override fun key(): SecretKey = synchronized(this) {
        val store = KeyStore.getInstance(KEYSTORE).apply { load(null) }
        (store.getKey(alias, null) as? SecretKey) ?: KeyGenerator.getInstance(KeyProperties.KEY_ALGORITHM_AES, KEYSTORE).run {
            init(
                KeyGenParameterSpec.Builder(alias, KeyProperties.PURPOSE_ENCRYPT or KeyProperties.PURPOSE_DECRYPT)
                    .setBlockModes(KeyProperties.BLOCK_MODE_GCM)
                    .setEncryptionPaddings(KeyProperties.ENCRYPTION_PADDING_NONE)
                    .setKeySize(256)
                    .build(),
            )
            generateKey()
        }
    }

    private companion object {
        const val KEYSTORE = "AndroidKeyStore"
    }
}
