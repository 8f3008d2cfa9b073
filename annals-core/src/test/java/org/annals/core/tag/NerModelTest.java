package org.annals.core.tag;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.annals.core.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

class NerModelTest {

    private static NerModel tiny() {
        return new NerTrainer(KnowledgeBase.builtin(), s -> { }).train(TinyNews.documents(), List.of(),
                NerTrainer.Settings.defaults().withIterations(3).withHashBits(14));
    }

    @Test
    void aModelReadBackWritesTheSameBytes() throws IOException {
        byte[] written = NerTrainerTest.bytes(tiny());
        NerModel read = NerModel.read(new ByteArrayInputStream(written));
        assertArrayEquals(written, NerTrainerTest.bytes(read));
    }

    @Test
    void aModelReadBackTagsAsTheOriginal() throws IOException {
        NerModel model = tiny();
        NerModel read = NerModel.read(new ByteArrayInputStream(NerTrainerTest.bytes(model)));
        TaggedDocument doc = TinyNews.documents().get(1);
        var tokens = NerTrainer.tokens(TinyNews.words(doc));
        var sentences = TinyNews.sentences(doc, tokens);
        assertEquals(new NerTagger(model, KnowledgeBase.builtin()).tagDocument(tokens, sentences),
                new NerTagger(read, KnowledgeBase.builtin()).tagDocument(tokens, sentences));
    }

    @Test
    void theBuiltInModelTagsTheConllTypes() throws IOException {
        NerModel model = NerModel.builtin();
        assertEquals(List.of("LOC", "MISC", "ORG", "PER"), model.types());
        assertTrue(model.rows() > 10_000, "rows: " + model.rows());
        assertArrayEquals(NerTrainerTest.bytes(model),
                NerTrainerTest.bytes(NerModel.read(new ByteArrayInputStream(NerTrainerTest.bytes(model)))));
    }

    @Test
    void whatIsNotAModelIsRefused() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write("hello, world".getBytes(StandardCharsets.US_ASCII));
        }
        IOException e = assertThrows(IOException.class, () -> NerModel.read(new ByteArrayInputStream(gz.toByteArray())));
        assertEquals("not an annals NER model", e.getMessage());
        assertThrows(IOException.class, () -> NerModel.read(new ByteArrayInputStream(new byte[] {1, 2, 3})));
    }

    @Test
    void aModelCutShortIsRefused() throws IOException {
        byte[] whole = NerTrainerTest.bytes(tiny());
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (var in = new java.util.zip.GZIPInputStream(new ByteArrayInputStream(whole))) {
            in.transferTo(raw);
        }
        byte[] body = raw.toByteArray();
        ByteArrayOutputStream cut = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(cut)) {
            out.write(body, 0, body.length / 2);
        }
        assertThrows(IOException.class, () -> NerModel.read(new ByteArrayInputStream(cut.toByteArray())));
    }

    @Test
    void aModelRemembersTheWordClustersItWasTrainedWith() throws IOException {
        WordClusters table = WordClustersTest.table();
        NerModel model = new NerTrainer(KnowledgeBase.builtin(), table, s -> { }).train(TinyNews.documents(),
                List.of(), NerTrainer.Settings.defaults().withIterations(2).withHashBits(14).withRuns(1));
        NerModel read = NerModel.read(new ByteArrayInputStream(NerTrainerTest.bytes(model)));
        assertEquals(table.fingerprint(), read.layout().clusters());
        new NerTagger(read, KnowledgeBase.builtin(), table);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new NerTagger(read, KnowledgeBase.builtin(), WordClusters.builtin()));
        assertTrue(e.getMessage().startsWith("the model was trained with other word clusters"), e.getMessage());
    }

    @Test
    void aModelWithoutClustersNeedsNone() {
        NerModel model = new NerTrainer(KnowledgeBase.builtin(), s -> { }).train(TinyNews.documents(), List.of(),
                NerTrainer.Settings.defaults().withIterations(2).withHashBits(14).withRuns(1)
                        .withFeatures(java.util.EnumSet.of(NerModel.Feature.GAZETTEER)));
        assertEquals(0, model.layout().clusters());
        TaggedDocument doc = TinyNews.documents().get(0);
        var tokens = NerTrainer.tokens(TinyNews.words(doc));
        assertEquals(new NerTagger(model, KnowledgeBase.builtin()).tagDocument(tokens, TinyNews.sentences(doc, tokens)),
                new NerTagger(model, KnowledgeBase.builtin(), WordClusters.empty())
                        .tagDocument(tokens, TinyNews.sentences(doc, tokens)));
    }

    @Test
    void aVersionOneModelIsStillRead() throws IOException {
        // version 1 had no word clusters; its header is version 2's without the clusters' fingerprint
        NerModel model = new NerTrainer(KnowledgeBase.builtin(), s -> { }).train(TinyNews.documents(), List.of(),
                NerTrainer.Settings.defaults().withIterations(2).withHashBits(14).withRuns(1)
                        .withFeatures(java.util.EnumSet.of(NerModel.Feature.GAZETTEER, NerModel.Feature.HISTORY)));
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (var in = new java.util.zip.GZIPInputStream(new ByteArrayInputStream(NerTrainerTest.bytes(model)))) {
            in.transferTo(raw);
        }
        byte[] body = raw.toByteArray();
        int version = "annals-ner\n".length();
        assertEquals(2, body[version + 3]);
        body[version + 3] = 1;
        ByteArrayOutputStream v1 = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(v1)) {
            out.write(body);
        }
        NerModel read = NerModel.read(new ByteArrayInputStream(v1.toByteArray()));
        assertEquals(model.rows(), read.rows());
        assertEquals(model.features(), read.features());
    }
}
