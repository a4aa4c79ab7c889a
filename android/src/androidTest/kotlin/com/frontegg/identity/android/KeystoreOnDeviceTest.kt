package com.frontegg.identity.android

import androidx.test.ext.junit.runners.AndroidJUnit4
import androidx.test.platform.app.InstrumentationRegistry
import com.frontegg.identity.core.Secret
import com.frontegg.identity.core.SessionKind
import com.frontegg.identity.core.StoredSession
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNull
import org.junit.Test
import org.junit.runner.RunWith

/** On an emulator (the android workflow): the real Keystore and SharedPreferences. */
@RunWith(AndroidJUnit4::class)
class KeystoreOnDeviceTest {
    @Test
    fun aSessionSurvivesInTheKeystore() {
        val context = InstrumentationRegistry.getInstrumentation().targetContext
        val storage = keystoreTokenStorage(context)
        val stored = StoredSession(
            kind = SessionKind.EMBEDDED, accessToken = Secret("a"), refreshToken = Secret("r"),
            expiresAt = 1.9e9, lifetime = 300.0, userId = "user-1", tenantId = null,
        )
        storage.save(stored)
        assertEquals(stored, storage.load())
        storage.clear()
        assertNull(storage.load())
    }
}
