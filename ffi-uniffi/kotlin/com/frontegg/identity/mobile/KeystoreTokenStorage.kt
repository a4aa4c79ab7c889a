package com.frontegg.identity.mobile

import com.frontegg.identity.core.Secret
import com.frontegg.identity.core.StoredSession
import com.frontegg.identity.core.TokenStorage
import com.frontegg.identity.decodeStoredSession
import com.frontegg.identity.encodeStoredSession
import java.security.GeneralSecurityException
import javax.crypto.Cipher
import javax.crypto.SecretKey
import javax.crypto.spec.GCMParameterSpec

/**
 * Where [KeystoreTokenStorage] gets its AES key. On Android,
 * `AndroidKeystoreKeys` (the `android` library) keeps a non-exportable key
 * in the Android Keystore; tests pass a key of their own.
 */
fun interface SessionKeyProvider {
    /** The AES key, created on first use; the same key on every call. */
    fun key(): SecretKey
}

/**
 * Where [KeystoreTokenStorage] keeps its ciphertext: on Android,
 * `SharedPreferencesStore` (the `android` library).
 */
interface CiphertextStore {
    fun read(name: String): String?
    fun write(name: String, value: String)
    fun remove(name: String)
}

/**
 * A [TokenStorage] for Android: the session (as `encodeStoredSession`
 * writes it) encrypted with AES-GCM under a key that never leaves the
 * Android Keystore, the ciphertext in SharedPreferences under [name].
 *
 * A ciphertext that does not decrypt (the key was deleted with the app's
 * lock screen, the preference was damaged or written by another format)
 * reads as no session, so the user signs in again; it never throws into
 * the SDK. Thread-safe.
 */
class KeystoreTokenStorage(
    private val keys: SessionKeyProvider,
    private val store: CiphertextStore,
    val name: String = "frontegg.session",
) : TokenStorage {
    private val lock = Any()

    override fun load(): StoredSession? = synchronized(lock) {
        val sealed = store.read(name) ?: return null
        val text = open(sealed)
        if (text == null) {
            store.remove(name)
            return null
        }
        decodeStoredSession(Secret(text))
    }

    override fun save(session: StoredSession) = synchronized(lock) {
        store.write(name, seal(encodeStoredSession(session).value))
    }

    override fun clear() = synchronized(lock) {
        store.remove(name)
    }

    override fun toString(): String = "KeystoreTokenStorage(name=$name)"

    private fun seal(plain: String): String {
        val cipher = Cipher.getInstance(TRANSFORMATION)
        // The Keystore picks the nonce (it refuses caller-chosen ones).
        cipher.init(Cipher.ENCRYPT_MODE, keys.key())
        val nonce = cipher.iv
        val sealed = cipher.doFinal(plain.encodeToByteArray())
        return "$VERSION:${hex(nonce)}:${hex(sealed)}"
    }

    private fun open(text: String): String? {
        val parts = text.split(':')
        if (parts.size != 3 || parts[0] != VERSION) return null
        val nonce = unhex(parts[1]) ?: return null
        val sealed = unhex(parts[2]) ?: return null
        if (nonce.size != NONCE_BYTES) return null
        return try {
            val cipher = Cipher.getInstance(TRANSFORMATION)
            cipher.init(Cipher.DECRYPT_MODE, keys.key(), GCMParameterSpec(TAG_BITS, nonce))
            cipher.doFinal(sealed).decodeToString()
        } catch (refused: GeneralSecurityException) {
            null
        }
    }

    private companion object {
        const val TRANSFORMATION = "AES/GCM/NoPadding"
        const val VERSION = "v1"
        const val NONCE_BYTES = 12
        const val TAG_BITS = 128

        fun hex(bytes: ByteArray): String = bytes.joinToString("") { "%02x".format(it) }

        fun unhex(text: String): ByteArray? {
            if (text.length % 2 != 0) return null
            return ByteArray(text.length / 2) { i ->
                text.substring(2 * i, 2 * i + 2).toIntOrNull(16)?.toByte() ?: return null
            }
        }
    }
}
