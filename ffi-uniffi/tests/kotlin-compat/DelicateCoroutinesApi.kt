// Test-only: Debian's kotlinx-coroutines (1.0.1), which the JVM tests run
// on, predates this opt-in marker (1.5). The generated bindings import it;
// on Android the real kotlinx-coroutines (declared by android/) has it.
package kotlinx.coroutines

@Retention(AnnotationRetention.BINARY)
annotation class DelicateCoroutinesApi
