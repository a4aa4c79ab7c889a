//! Android only: hands the app's `Context` to the platform verifier, so
//! that TLS asks Android's trust manager (user and device-manager CAs
//! included). Called by `PlatformTls` in the android library, which an
//! androidx.startup initializer runs when the app starts.

use jni::JNIEnv;
use jni::objects::{JClass, JObject};
use jni::sys::{JNI_FALSE, JNI_TRUE, jboolean};

/// `PlatformTls.nativeInit(context)`: true once the verifier holds the
/// context. A panic never crosses into the JVM: it reads as false.
#[unsafe(no_mangle)]
pub extern "system" fn Java_com_frontegg_identity_android_PlatformTls_nativeInit(
    mut env: JNIEnv,
    _class: JClass,
    context: JObject,
) -> jboolean {
    let done = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        rustls_platform_verifier::android::init_hosted(&mut env, context).is_ok()
    }));
    if matches!(done, Ok(true)) {
        JNI_TRUE
    } else {
        JNI_FALSE
    }
}
