package org.shegong.platform.infrastructure.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.shegong.platform.domain.model.resident.IdNumber;

/**
 * Keeps ID numbers encrypted in the database; the entity sees only {@link IdNumber}. It applies
 * itself to every {@code IdNumber} attribute, so the domain never names this class and no entity
 * can forget it.
 */
@Converter(autoApply = true)
public class EncryptedIdNumberConverter implements AttributeConverter<IdNumber, String> {

    @Override
    public String convertToDatabaseColumn(IdNumber idNumber) {
        return idNumber == null ? null : IdNumberCrypto.configured().encrypt(idNumber.value());
    }

    @Override
    public IdNumber convertToEntityAttribute(String column) {
        return column == null ? null : IdNumber.of(IdNumberCrypto.configured().decrypt(column));
    }
}
