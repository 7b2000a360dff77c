package org.incidentworkbench.storage.postgres;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A small PKI for TLS tests, as PEM files in {@code dir}: a certificate authority, a server
 * certificate it signed for the DNS name {@code localhost} only, and a second, unrelated authority.
 * The server's key is readable by its owner only, as PostgreSQL requires.
 */
record TestCertificates(Path rootCert, Path otherRootCert, Path serverCert, Path serverKey) {

    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

    static TestCertificates create(Path dir) throws IOException, GeneralSecurityException, OperatorCreationException {
        KeyPair ca = keyPair();
        X509Certificate caCert = authority("Incident Workbench test CA", ca);
        KeyPair other = keyPair();
        X509Certificate otherCert = authority("Some other CA", other);
        KeyPair server = keyPair();
        X509Certificate serverCert = signed(caCert, ca.getPrivate(), server, "localhost");

        TestCertificates files = new TestCertificates(dir.resolve("root.crt"), dir.resolve("other-root.crt"),
                dir.resolve("server.crt"), dir.resolve("server.key"));
        Files.writeString(files.rootCert, pem(caCert));
        Files.writeString(files.otherRootCert, pem(otherCert));
        Files.writeString(files.serverCert, pem(serverCert));
        Files.writeString(files.serverKey, pem(new JcaPKCS8Generator(server.getPrivate(), null)));
        Files.setPosixFilePermissions(files.serverKey, PosixFilePermissions.fromString("rw-------"));
        return files;
    }

    private static KeyPair keyPair() throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(256);
        return g.generateKeyPair();
    }

    private static X509Certificate authority(String name, KeyPair keys) throws IOException, GeneralSecurityException,
            OperatorCreationException {
        X500Name subject = new X500Name("CN=" + name);
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(subject, serial(), notBefore(), notAfter(), subject,
                keys.getPublic());
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        return sign(b, keys.getPrivate());
    }

    private static X509Certificate signed(X509Certificate issuer, PrivateKey issuerKey, KeyPair keys, String dnsName)
            throws IOException, GeneralSecurityException, OperatorCreationException {
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuer, serial(), notBefore(), notAfter(),
                new X500Name("CN=" + dnsName), keys.getPublic());
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
        b.addExtension(Extension.subjectAlternativeName, false,
                new GeneralNames(new GeneralName(GeneralName.dNSName, dnsName)));
        return sign(b, issuerKey);
    }

    private static X509Certificate sign(X509v3CertificateBuilder b, PrivateKey key) throws GeneralSecurityException,
            OperatorCreationException {
        return new JcaX509CertificateConverter().getCertificate(b.build(new JcaContentSignerBuilder("SHA256withECDSA")
                .build(key)));
    }

    private static String pem(Object o) throws IOException {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter w = new JcaPEMWriter(out)) {
            w.writeObject(o);
        }
        return out.toString();
    }

    private static BigInteger serial() {
        return BigInteger.valueOf(SERIAL.incrementAndGet());
    }

    private static Date notBefore() {
        return Date.from(Instant.now().minus(Duration.ofHours(1)));
    }

    private static Date notAfter() {
        return Date.from(Instant.now().plus(Duration.ofDays(1)));
    }
}
